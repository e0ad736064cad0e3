import type { MigrationInterface, QueryRunner } from "typeorm";

export class PilotApplications1795835397355 implements MigrationInterface {
  name = "PilotApplications1795835397355";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"pilot_application\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"alliance_id\" uuid NOT NULL, \"status\" \"public\".\"pilot_status\" NOT NULL, \"readiness\" jsonb NOT NULL, \"applied_by_id\" uuid, \"applied_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"decided_by_id\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"reason\" text, CONSTRAINT \"PK_3e054b1907fd4e6d5a0a721bace\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1fd318ccf8f8d517d9d3b79464\" ON \"pilot_application\"  (\"alliance_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"pilot_application_open_unique\" ON \"pilot_application\"  (\"alliance_id\") WHERE status = 'APPLIED'");
    await queryRunner.query("ALTER TABLE \"pilot_application\" ADD CONSTRAINT \"FK_1fd318ccf8f8d517d9d3b79464f\" FOREIGN KEY (\"alliance_id\") REFERENCES \"alliance\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"pilot_application\" ADD CONSTRAINT \"FK_8e4d485d8326a92d4f47b0c2800\" FOREIGN KEY (\"applied_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"pilot_application\" ADD CONSTRAINT \"FK_f17cb2ad136c864c5dab7a4d839\" FOREIGN KEY (\"decided_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"pilot_application\" DROP CONSTRAINT \"FK_f17cb2ad136c864c5dab7a4d839\"");
    await queryRunner.query("ALTER TABLE \"pilot_application\" DROP CONSTRAINT \"FK_8e4d485d8326a92d4f47b0c2800\"");
    await queryRunner.query("ALTER TABLE \"pilot_application\" DROP CONSTRAINT \"FK_1fd318ccf8f8d517d9d3b79464f\"");
    await queryRunner.query("DROP INDEX \"public\".\"pilot_application_open_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1fd318ccf8f8d517d9d3b79464\"");
    await queryRunner.query("DROP TABLE \"pilot_application\"");
  }
}
