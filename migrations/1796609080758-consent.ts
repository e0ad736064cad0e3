import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Consent (Art. 8.5): approvals of a benefit plan by holders of the plan it would replace who hold
 * no share in it, and proposed changes of a co-owned IP asset's owners with each owner's decision.
 */
export class Consent1796609080758 implements MigrationInterface {
  name = "Consent1796609080758";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"ip_ownership_change_status\" AS ENUM('PENDING', 'APPLIED', 'REJECTED', 'WITHDRAWN')");
    await queryRunner.query("CREATE TABLE \"ip_ownership_change\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"alliance_id\" uuid NOT NULL, \"ip_asset_id\" uuid NOT NULL, \"status\" \"public\".\"ip_ownership_change_status\" NOT NULL DEFAULT 'PENDING', \"owners\" jsonb NOT NULL, \"base_owners\" jsonb NOT NULL, \"approver_organization_ids\" uuid array NOT NULL, \"proposed_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"decided_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_2620986ea4f852bdf495de81a79\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_56fd6177c0f20c61ae2079f1e1\" ON \"ip_ownership_change\"  (\"alliance_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b1d87e5b42b7afd3f3d410da6f\" ON \"ip_ownership_change\"  (\"ip_asset_id\") ");
    await queryRunner.query("CREATE TABLE \"ip_ownership_decision\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"change_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"approve\" boolean NOT NULL, \"decided_by_id\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ip_ownership_decision_organization_unique\" UNIQUE (\"change_id\", \"organization_id\"), CONSTRAINT \"PK_0fd5c20da8fa7045e2749611f3f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_673fd47217f6f948902dabd7c9\" ON \"ip_ownership_decision\"  (\"change_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1a9bbd8a857da36600dec522a2\" ON \"ip_ownership_decision\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"benefit_plan_approval\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"plan_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"approved_by_id\" uuid, \"approved_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"benefit_plan_approval_organization_unique\" UNIQUE (\"plan_id\", \"organization_id\"), CONSTRAINT \"PK_318c1fa98ae508902ea75907041\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_45b0df58409ce25c897be1ab45\" ON \"benefit_plan_approval\"  (\"plan_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f1d23477bde49f1b8cb1a3ae98\" ON \"benefit_plan_approval\"  (\"organization_id\") ");
    await queryRunner.query("ALTER TABLE \"ip_ownership_change\" ADD CONSTRAINT \"FK_56fd6177c0f20c61ae2079f1e10\" FOREIGN KEY (\"alliance_id\") REFERENCES \"alliance\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ip_ownership_change\" ADD CONSTRAINT \"FK_b1d87e5b42b7afd3f3d410da6f0\" FOREIGN KEY (\"ip_asset_id\") REFERENCES \"ip_asset\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ip_ownership_change\" ADD CONSTRAINT \"FK_4adc1ae68ff4fbf5103d68b7c11\" FOREIGN KEY (\"proposed_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ip_ownership_decision\" ADD CONSTRAINT \"FK_673fd47217f6f948902dabd7c98\" FOREIGN KEY (\"change_id\") REFERENCES \"ip_ownership_change\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ip_ownership_decision\" ADD CONSTRAINT \"FK_1a9bbd8a857da36600dec522a22\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ip_ownership_decision\" ADD CONSTRAINT \"FK_c4b8cd535521a77623c7c310292\" FOREIGN KEY (\"decided_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benefit_plan_approval\" ADD CONSTRAINT \"FK_45b0df58409ce25c897be1ab454\" FOREIGN KEY (\"plan_id\") REFERENCES \"benefit_plan\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benefit_plan_approval\" ADD CONSTRAINT \"FK_f1d23477bde49f1b8cb1a3ae984\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benefit_plan_approval\" ADD CONSTRAINT \"FK_a7005500092cbcfc3b43e971084\" FOREIGN KEY (\"approved_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"benefit_plan_approval\" DROP CONSTRAINT \"FK_a7005500092cbcfc3b43e971084\"");
    await queryRunner.query("ALTER TABLE \"benefit_plan_approval\" DROP CONSTRAINT \"FK_f1d23477bde49f1b8cb1a3ae984\"");
    await queryRunner.query("ALTER TABLE \"benefit_plan_approval\" DROP CONSTRAINT \"FK_45b0df58409ce25c897be1ab454\"");
    await queryRunner.query("ALTER TABLE \"ip_ownership_decision\" DROP CONSTRAINT \"FK_c4b8cd535521a77623c7c310292\"");
    await queryRunner.query("ALTER TABLE \"ip_ownership_decision\" DROP CONSTRAINT \"FK_1a9bbd8a857da36600dec522a22\"");
    await queryRunner.query("ALTER TABLE \"ip_ownership_decision\" DROP CONSTRAINT \"FK_673fd47217f6f948902dabd7c98\"");
    await queryRunner.query("ALTER TABLE \"ip_ownership_change\" DROP CONSTRAINT \"FK_4adc1ae68ff4fbf5103d68b7c11\"");
    await queryRunner.query("ALTER TABLE \"ip_ownership_change\" DROP CONSTRAINT \"FK_b1d87e5b42b7afd3f3d410da6f0\"");
    await queryRunner.query("ALTER TABLE \"ip_ownership_change\" DROP CONSTRAINT \"FK_56fd6177c0f20c61ae2079f1e10\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f1d23477bde49f1b8cb1a3ae98\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_45b0df58409ce25c897be1ab45\"");
    await queryRunner.query("DROP TABLE \"benefit_plan_approval\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1a9bbd8a857da36600dec522a2\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_673fd47217f6f948902dabd7c9\"");
    await queryRunner.query("DROP TABLE \"ip_ownership_decision\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b1d87e5b42b7afd3f3d410da6f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_56fd6177c0f20c61ae2079f1e1\"");
    await queryRunner.query("DROP TABLE \"ip_ownership_change\"");
    await queryRunner.query("DROP TYPE \"public\".\"ip_ownership_change_status\"");
  }
}
