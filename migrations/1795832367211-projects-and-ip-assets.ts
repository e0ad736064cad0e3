import type { MigrationInterface, QueryRunner } from "typeorm";

export class ProjectsAndIpAssets1795832367211 implements MigrationInterface {
  name = "ProjectsAndIpAssets1795832367211";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"project_status\" AS ENUM('PROPOSED', 'APPROVED', 'ACTIVE', 'COMPLETED', 'TERMINATED')");
    await queryRunner.query("CREATE TYPE \"public\".\"project_visibility\" AS ENUM('PARTICIPANTS', 'ALLIANCE')");
    await queryRunner.query("CREATE TABLE \"project\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"alliance_id\" uuid NOT NULL, \"code\" character varying(50) NOT NULL, \"title\" character varying(300) NOT NULL, \"summary\" text NOT NULL DEFAULT '', \"status\" \"public\".\"project_status\" NOT NULL DEFAULT 'PROPOSED', \"visibility\" \"public\".\"project_visibility\" NOT NULL DEFAULT 'PARTICIPANTS', \"start_date\" date, \"end_date\" date, \"budget\" numeric(20,2), \"currency\" character(3) NOT NULL DEFAULT 'CNY', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"project_code_unique\" UNIQUE (\"alliance_id\", \"code\"), CONSTRAINT \"PK_4d68b1358bb5b766d3e78f32f57\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_5b146041208ded593dc37500ac\" ON \"project\"  (\"alliance_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"participant_role\" AS ENUM('LEAD', 'PARTICIPANT')");
    await queryRunner.query("CREATE TABLE \"project_participant\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"role\" \"public\".\"participant_role\" NOT NULL DEFAULT 'PARTICIPANT', \"contribution\" character varying(2000) NOT NULL DEFAULT '', \"joined_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"removed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_149de99a476203f813c3cb43a09\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_2e1318023aa0e53776bd8b548e\" ON \"project_participant\"  (\"project_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_915ad1b34e52020f840e2f5282\" ON \"project_participant\"  (\"organization_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"project_participant_current_unique\" ON \"project_participant\"  (\"project_id\", \"organization_id\") WHERE removed_at IS NULL");
    await queryRunner.query("CREATE TYPE \"public\".\"ip_kind\" AS ENUM('INVENTION_PATENT', 'UTILITY_MODEL', 'DESIGN_PATENT', 'SOFTWARE_COPYRIGHT', 'TRADE_SECRET', 'TECHNICAL_STANDARD', 'OTHER')");
    await queryRunner.query("CREATE TYPE \"public\".\"ip_status\" AS ENUM('DRAFT', 'FILED', 'GRANTED', 'PUBLISHED', 'LAPSED', 'EXPIRED', 'ABANDONED')");
    await queryRunner.query("CREATE TYPE \"public\".\"diffusion_status\" AS ENUM('NOT_REQUIRED', 'PENDING', 'DIFFUSED', 'OVERDUE')");
    await queryRunner.query("CREATE TABLE \"ip_asset\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"alliance_id\" uuid NOT NULL, \"kind\" \"public\".\"ip_kind\" NOT NULL, \"title\" character varying(300) NOT NULL, \"registration_number\" character varying(100), \"jurisdiction\" character varying(10) NOT NULL DEFAULT 'CN', \"status\" \"public\".\"ip_status\" NOT NULL DEFAULT 'DRAFT', \"filed_on\" date, \"granted_on\" date, \"expires_on\" date, \"origin_project_id\" uuid, \"government_funded\" boolean NOT NULL DEFAULT false, \"diffusion_status\" \"public\".\"diffusion_status\" NOT NULL DEFAULT 'NOT_REQUIRED', \"diffusion_due_date\" date, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f79eef8cec7611c6f2c24a7cc03\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e8bfd37c4bca7c56b3a996e0d4\" ON \"ip_asset\"  (\"alliance_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_693bb97789e77db974be3b634e\" ON \"ip_asset\"  (\"origin_project_id\") ");
    await queryRunner.query("ALTER TABLE \"project\" ADD CONSTRAINT \"FK_5b146041208ded593dc37500ac1\" FOREIGN KEY (\"alliance_id\") REFERENCES \"alliance\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_participant\" ADD CONSTRAINT \"FK_2e1318023aa0e53776bd8b548ea\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_participant\" ADD CONSTRAINT \"FK_915ad1b34e52020f840e2f52828\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ip_asset\" ADD CONSTRAINT \"FK_e8bfd37c4bca7c56b3a996e0d48\" FOREIGN KEY (\"alliance_id\") REFERENCES \"alliance\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ip_asset\" ADD CONSTRAINT \"FK_693bb97789e77db974be3b634e1\" FOREIGN KEY (\"origin_project_id\") REFERENCES \"project\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"ip_asset\" DROP CONSTRAINT \"FK_693bb97789e77db974be3b634e1\"");
    await queryRunner.query("ALTER TABLE \"ip_asset\" DROP CONSTRAINT \"FK_e8bfd37c4bca7c56b3a996e0d48\"");
    await queryRunner.query("ALTER TABLE \"project_participant\" DROP CONSTRAINT \"FK_915ad1b34e52020f840e2f52828\"");
    await queryRunner.query("ALTER TABLE \"project_participant\" DROP CONSTRAINT \"FK_2e1318023aa0e53776bd8b548ea\"");
    await queryRunner.query("ALTER TABLE \"project\" DROP CONSTRAINT \"FK_5b146041208ded593dc37500ac1\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_693bb97789e77db974be3b634e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e8bfd37c4bca7c56b3a996e0d4\"");
    await queryRunner.query("DROP TABLE \"ip_asset\"");
    await queryRunner.query("DROP TYPE \"public\".\"diffusion_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"ip_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"ip_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"project_participant_current_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_915ad1b34e52020f840e2f5282\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2e1318023aa0e53776bd8b548e\"");
    await queryRunner.query("DROP TABLE \"project_participant\"");
    await queryRunner.query("DROP TYPE \"public\".\"participant_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5b146041208ded593dc37500ac\"");
    await queryRunner.query("DROP TABLE \"project\"");
    await queryRunner.query("DROP TYPE \"public\".\"project_visibility\"");
    await queryRunner.query("DROP TYPE \"public\".\"project_status\"");
  }
}
