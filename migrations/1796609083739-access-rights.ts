import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Background declared to projects, and access requests to background and results with each
 * owner's decision and the terms granted (consortium-agreement practice; docs/access-rights.md).
 */
export class AccessRights1796609083739 implements MigrationInterface {
  name = "AccessRights1796609083739";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"background_declaration\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"ip_asset_id\" uuid NOT NULL, \"declared_by_id\" uuid NOT NULL, \"conditions\" text NOT NULL, \"declared_by_user_id\" uuid, \"declared_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"background_declaration_unique\" UNIQUE (\"project_id\", \"ip_asset_id\"), CONSTRAINT \"PK_8164f658e93c8bb124fef0f5f9a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_60f3fb850d2640d8d46e5bbe93\" ON \"background_declaration\"  (\"project_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2022c8ccc6a3110cf6332e0ab8\" ON \"background_declaration\"  (\"ip_asset_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8815e34466064299488ca4f013\" ON \"background_declaration\"  (\"declared_by_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"access_purpose\" AS ENUM('EXECUTION', 'EXPLOITATION')");
    await queryRunner.query("CREATE TYPE \"public\".\"access_request_status\" AS ENUM('REQUESTED', 'GRANTED', 'REFUSED')");
    await queryRunner.query("CREATE TABLE \"access_request\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"alliance_id\" uuid NOT NULL, \"ip_asset_id\" uuid NOT NULL, \"project_id\" uuid NOT NULL, \"requester_id\" uuid NOT NULL, \"requested_by_user_id\" uuid, \"purpose\" \"public\".\"access_purpose\" NOT NULL, \"justification\" text NOT NULL, \"status\" \"public\".\"access_request_status\" NOT NULL DEFAULT 'REQUESTED', \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"terms_royalty_rate\" numeric(5,2), \"terms_royalty_basis\" character varying(200), \"terms_field_of_use\" character varying(200), \"terms_valid_until\" date, \"terms_text\" text, CONSTRAINT \"PK_a543250cab0b6d2eb3a85593d93\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0e7ca92397d26eba520df8a9d4\" ON \"access_request\"  (\"alliance_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6578b8ce2755591b9b23dbe2fd\" ON \"access_request\"  (\"ip_asset_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_7d5ffd65a522a31505819fab85\" ON \"access_request\"  (\"project_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f3f88e3550b9a6db8c1f0c3879\" ON \"access_request\"  (\"requester_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"access_request_open_unique\" ON \"access_request\"  (\"ip_asset_id\", \"project_id\", \"requester_id\", \"purpose\") WHERE status = 'REQUESTED'");
    await queryRunner.query("CREATE TABLE \"access_decision\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"request_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"decided_by_user_id\" uuid, \"grant\" boolean NOT NULL, \"reason\" text, \"decided_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"terms_royalty_rate\" numeric(5,2), \"terms_royalty_basis\" character varying(200), \"terms_field_of_use\" character varying(200), \"terms_valid_until\" date, \"terms_text\" text, CONSTRAINT \"access_decision_owner_unique\" UNIQUE (\"request_id\", \"organization_id\"), CONSTRAINT \"PK_748379ca2b4150c20a0ea7aeed6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fbefb5f86c109c862dc2c74954\" ON \"access_decision\"  (\"request_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a2ead842f95c9f06735948b252\" ON \"access_decision\"  (\"organization_id\") ");
    await queryRunner.query("ALTER TABLE \"background_declaration\" ADD CONSTRAINT \"FK_60f3fb850d2640d8d46e5bbe935\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"background_declaration\" ADD CONSTRAINT \"FK_2022c8ccc6a3110cf6332e0ab84\" FOREIGN KEY (\"ip_asset_id\") REFERENCES \"ip_asset\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"background_declaration\" ADD CONSTRAINT \"FK_8815e34466064299488ca4f013c\" FOREIGN KEY (\"declared_by_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"background_declaration\" ADD CONSTRAINT \"FK_e64a0f0123aa979ebb1c68bcb0e\" FOREIGN KEY (\"declared_by_user_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"access_request\" ADD CONSTRAINT \"FK_0e7ca92397d26eba520df8a9d45\" FOREIGN KEY (\"alliance_id\") REFERENCES \"alliance\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"access_request\" ADD CONSTRAINT \"FK_6578b8ce2755591b9b23dbe2fd0\" FOREIGN KEY (\"ip_asset_id\") REFERENCES \"ip_asset\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"access_request\" ADD CONSTRAINT \"FK_7d5ffd65a522a31505819fab85b\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"access_request\" ADD CONSTRAINT \"FK_f3f88e3550b9a6db8c1f0c3879e\" FOREIGN KEY (\"requester_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"access_request\" ADD CONSTRAINT \"FK_291d8167bd46adada37d6d35029\" FOREIGN KEY (\"requested_by_user_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"access_decision\" ADD CONSTRAINT \"FK_fbefb5f86c109c862dc2c74954d\" FOREIGN KEY (\"request_id\") REFERENCES \"access_request\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"access_decision\" ADD CONSTRAINT \"FK_a2ead842f95c9f06735948b2523\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"access_decision\" ADD CONSTRAINT \"FK_17fae530819248083d917bf5fc5\" FOREIGN KEY (\"decided_by_user_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"access_decision\" DROP CONSTRAINT \"FK_17fae530819248083d917bf5fc5\"");
    await queryRunner.query("ALTER TABLE \"access_decision\" DROP CONSTRAINT \"FK_a2ead842f95c9f06735948b2523\"");
    await queryRunner.query("ALTER TABLE \"access_decision\" DROP CONSTRAINT \"FK_fbefb5f86c109c862dc2c74954d\"");
    await queryRunner.query("ALTER TABLE \"access_request\" DROP CONSTRAINT \"FK_291d8167bd46adada37d6d35029\"");
    await queryRunner.query("ALTER TABLE \"access_request\" DROP CONSTRAINT \"FK_f3f88e3550b9a6db8c1f0c3879e\"");
    await queryRunner.query("ALTER TABLE \"access_request\" DROP CONSTRAINT \"FK_7d5ffd65a522a31505819fab85b\"");
    await queryRunner.query("ALTER TABLE \"access_request\" DROP CONSTRAINT \"FK_6578b8ce2755591b9b23dbe2fd0\"");
    await queryRunner.query("ALTER TABLE \"access_request\" DROP CONSTRAINT \"FK_0e7ca92397d26eba520df8a9d45\"");
    await queryRunner.query("ALTER TABLE \"background_declaration\" DROP CONSTRAINT \"FK_e64a0f0123aa979ebb1c68bcb0e\"");
    await queryRunner.query("ALTER TABLE \"background_declaration\" DROP CONSTRAINT \"FK_8815e34466064299488ca4f013c\"");
    await queryRunner.query("ALTER TABLE \"background_declaration\" DROP CONSTRAINT \"FK_2022c8ccc6a3110cf6332e0ab84\"");
    await queryRunner.query("ALTER TABLE \"background_declaration\" DROP CONSTRAINT \"FK_60f3fb850d2640d8d46e5bbe935\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a2ead842f95c9f06735948b252\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fbefb5f86c109c862dc2c74954\"");
    await queryRunner.query("DROP TABLE \"access_decision\"");
    await queryRunner.query("DROP INDEX \"public\".\"access_request_open_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f3f88e3550b9a6db8c1f0c3879\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7d5ffd65a522a31505819fab85\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6578b8ce2755591b9b23dbe2fd\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0e7ca92397d26eba520df8a9d4\"");
    await queryRunner.query("DROP TABLE \"access_request\"");
    await queryRunner.query("DROP TYPE \"public\".\"access_request_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"access_purpose\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8815e34466064299488ca4f013\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2022c8ccc6a3110cf6332e0ab8\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_60f3fb850d2640d8d46e5bbe93\"");
    await queryRunner.query("DROP TABLE \"background_declaration\"");
  }
}
