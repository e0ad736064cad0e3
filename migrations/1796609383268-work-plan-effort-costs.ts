import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The work loop: work packages with planned effort and budget, deliverables, time declarations,
 * personnel rates; expenses charged to a work package and a cost category (Art. 8.2, 8.4).
 */
export class WorkPlanEffortCosts1796609383268 implements MigrationInterface {
  name = "WorkPlanEffortCosts1796609383268";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"work_package\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"number\" character varying(20) NOT NULL, \"title\" character varying(300) NOT NULL, \"objectives\" text NOT NULL DEFAULT '', \"lead_organization_id\" uuid NOT NULL, \"start_month\" integer NOT NULL, \"end_month\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"work_package_number_unique\" UNIQUE (\"project_id\", \"number\"), CONSTRAINT \"work_package_months\" CHECK (\"start_month\" >= 1 AND \"end_month\" >= \"start_month\"), CONSTRAINT \"PK_5cf73dfb528b7e100bb359693ca\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_2d548f14f352e8651806f4134d\" ON \"work_package\"  (\"project_id\") ");
    await queryRunner.query("CREATE TABLE \"planned_effort\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"work_package_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"person_months\" numeric(10,2) NOT NULL, CONSTRAINT \"planned_effort_unique\" UNIQUE (\"work_package_id\", \"organization_id\"), CONSTRAINT \"planned_effort_positive\" CHECK (\"person_months\" > 0), CONSTRAINT \"PK_f9cd40623e733ccce632ee22614\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"expense_category\" AS ENUM('PERSONNEL', 'TRAVEL', 'EQUIPMENT', 'CONSUMABLES', 'SUBCONTRACTING', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"planned_budget\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"work_package_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"category\" \"public\".\"expense_category\" NOT NULL, \"amount\" numeric(20,2) NOT NULL, CONSTRAINT \"planned_budget_unique\" UNIQUE (\"work_package_id\", \"organization_id\", \"category\"), CONSTRAINT \"planned_budget_positive\" CHECK (\"amount\" > 0), CONSTRAINT \"PK_774592868370fba7b98951f8965\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"dissemination_level\" AS ENUM('PUBLIC', 'CONSORTIUM', 'CONFIDENTIAL')");
    await queryRunner.query("CREATE TYPE \"public\".\"deliverable_status\" AS ENUM('PENDING', 'SUBMITTED', 'ACCEPTED', 'REVISION_REQUESTED')");
    await queryRunner.query("CREATE TABLE \"deliverable\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"work_package_id\" uuid NOT NULL, \"project_id\" uuid NOT NULL, \"number\" character varying(20) NOT NULL, \"title\" character varying(300) NOT NULL, \"due_month\" integer NOT NULL, \"due_date\" date NOT NULL, \"dissemination_level\" \"public\".\"dissemination_level\" NOT NULL, \"responsible_organization_id\" uuid NOT NULL, \"status\" \"public\".\"deliverable_status\" NOT NULL DEFAULT 'PENDING', \"delay_justification\" character varying(2000), \"submission_count\" integer NOT NULL DEFAULT '0', \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"submitted_by_id\" uuid, \"reviewed_at\" TIMESTAMP WITH TIME ZONE, \"reviewed_by_id\" uuid, \"review_comment\" character varying(2000), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"deliverable_number_unique\" UNIQUE (\"project_id\", \"number\"), CONSTRAINT \"deliverable_due_month\" CHECK (\"due_month\" >= 1), CONSTRAINT \"PK_fbed21e1ad3464d9fb7729ad51d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fcd28c5cc450c1e34aef58fac8\" ON \"deliverable\"  (\"work_package_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_74527ffe3a278dc201bec372f5\" ON \"deliverable\"  (\"project_id\", \"status\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"time_declaration_status\" AS ENUM('PENDING', 'APPROVED', 'REJECTED')");
    await queryRunner.query("CREATE TABLE \"time_declaration\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"work_package_id\" uuid NOT NULL, \"project_id\" uuid NOT NULL, \"month\" character(7) NOT NULL, \"hours\" numeric(6,2) NOT NULL, \"status\" \"public\".\"time_declaration_status\" NOT NULL DEFAULT 'PENDING', \"decided_by_id\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"reason\" character varying(1000), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"time_declaration_four_eyes\" CHECK (\"decided_by_id\" IS DISTINCT FROM \"user_id\" OR \"decided_by_id\" IS NULL), CONSTRAINT \"time_declaration_month\" CHECK (\"month\" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'), CONSTRAINT \"time_declaration_hours\" CHECK (\"hours\" > 0 AND \"hours\" <= 744), CONSTRAINT \"PK_269724c63d3584ba8ff797e96b1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_52fdda8ffc5356813a48dace57\" ON \"time_declaration\"  (\"project_id\", \"month\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"time_declaration_once\" ON \"time_declaration\"  (\"user_id\", \"work_package_id\", \"month\") WHERE \"status\" <> 'REJECTED'");
    await queryRunner.query("CREATE TABLE \"personnel_rate\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"valid_from\" date NOT NULL, \"monthly_rate\" numeric(20,2) NOT NULL, \"set_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"personnel_rate_unique\" UNIQUE (\"user_id\", \"valid_from\"), CONSTRAINT \"personnel_rate_positive\" CHECK (\"monthly_rate\" > 0), CONSTRAINT \"PK_41951d814ae20ef2f26d49d0eee\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"organization\" ADD \"productive_hours_per_year\" numeric(7,2) NOT NULL DEFAULT '1720'");
    await queryRunner.query("ALTER TABLE \"project\" ADD \"indirect_cost_rate\" integer NOT NULL DEFAULT '2500'");
    await queryRunner.query("ALTER TABLE \"expense\" ADD \"work_package_id\" uuid");
    await queryRunner.query("ALTER TABLE \"milestone\" ADD \"due_month\" integer");
    await queryRunner.query("ALTER TABLE \"milestone\" ADD \"verification\" text NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"task\" ADD \"work_package_id\" uuid");
    // Free-text categories become the work plan's cost categories; what matches none is OTHER.
    await queryRunner.query(`ALTER TABLE "expense" ALTER COLUMN "category" TYPE "public"."expense_category" USING (
      CASE
        WHEN upper(trim("category")) IN ('PERSONNEL', 'TRAVEL', 'EQUIPMENT', 'CONSUMABLES', 'SUBCONTRACTING', 'OTHER') THEN upper(trim("category"))
        WHEN lower(trim("category")) IN ('materials', 'material', 'consumable') THEN 'CONSUMABLES'
        WHEN lower(trim("category")) IN ('staff', 'salaries', 'salary') THEN 'PERSONNEL'
        ELSE 'OTHER'
      END)::"public"."expense_category"`);
    await queryRunner.query("CREATE INDEX \"IDX_fccd4cef61ac3b72f7e11c9564\" ON \"expense\"  (\"work_package_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_36588f4340ca66ad4113bffdf0\" ON \"task\"  (\"work_package_id\") ");
    await queryRunner.query("ALTER TABLE \"project\" ADD CONSTRAINT \"project_indirect_cost_rate\" CHECK (\"indirect_cost_rate\" BETWEEN 0 AND 10000)");
    await queryRunner.query("ALTER TABLE \"work_package\" ADD CONSTRAINT \"FK_2d548f14f352e8651806f4134d4\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"work_package\" ADD CONSTRAINT \"FK_60d4a36a3ba7135367cdf1e93f0\" FOREIGN KEY (\"lead_organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"expense\" ADD CONSTRAINT \"FK_fccd4cef61ac3b72f7e11c95645\" FOREIGN KEY (\"work_package_id\") REFERENCES \"work_package\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"task\" ADD CONSTRAINT \"FK_36588f4340ca66ad4113bffdf0c\" FOREIGN KEY (\"work_package_id\") REFERENCES \"work_package\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"planned_effort\" ADD CONSTRAINT \"FK_e608b83f93bd4d361b297eda2d9\" FOREIGN KEY (\"work_package_id\") REFERENCES \"work_package\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"planned_effort\" ADD CONSTRAINT \"FK_602e52ee14a078062dc24bb7a74\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"planned_budget\" ADD CONSTRAINT \"FK_6dce92002d9753b5fdc5eaac183\" FOREIGN KEY (\"work_package_id\") REFERENCES \"work_package\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"planned_budget\" ADD CONSTRAINT \"FK_ca058e8af12cac4fa20d4fcd2d6\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"deliverable\" ADD CONSTRAINT \"FK_fcd28c5cc450c1e34aef58fac80\" FOREIGN KEY (\"work_package_id\") REFERENCES \"work_package\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"deliverable\" ADD CONSTRAINT \"FK_986455a8f89b9848b81c6d9b3fe\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"deliverable\" ADD CONSTRAINT \"FK_8697a6b949b56d487d74a31ec6c\" FOREIGN KEY (\"responsible_organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"deliverable\" ADD CONSTRAINT \"FK_f23473a69d914360b2ec8fa77ff\" FOREIGN KEY (\"submitted_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"deliverable\" ADD CONSTRAINT \"FK_c58c4ae90bd9fc9aa1fc336ac12\" FOREIGN KEY (\"reviewed_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"time_declaration\" ADD CONSTRAINT \"FK_87536847666b33cd6a9b48db063\" FOREIGN KEY (\"user_id\") REFERENCES \"user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"time_declaration\" ADD CONSTRAINT \"FK_283c5940bd8054716d372ccb523\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"time_declaration\" ADD CONSTRAINT \"FK_75d5f4bc698c9e36174847cf52d\" FOREIGN KEY (\"work_package_id\") REFERENCES \"work_package\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"time_declaration\" ADD CONSTRAINT \"FK_5f1d1e85340d6ca775b39113fc0\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"time_declaration\" ADD CONSTRAINT \"FK_e09bdbf80421b421fe7e36eb234\" FOREIGN KEY (\"decided_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"personnel_rate\" ADD CONSTRAINT \"FK_cd3f433c0425966d6b14e699d02\" FOREIGN KEY (\"user_id\") REFERENCES \"user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"personnel_rate\" ADD CONSTRAINT \"FK_d41c1d9b4117717afdd576467b5\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"personnel_rate\" ADD CONSTRAINT \"FK_1f36f585aa243e372934aa6530c\" FOREIGN KEY (\"set_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"personnel_rate\" DROP CONSTRAINT \"FK_1f36f585aa243e372934aa6530c\"");
    await queryRunner.query("ALTER TABLE \"personnel_rate\" DROP CONSTRAINT \"FK_d41c1d9b4117717afdd576467b5\"");
    await queryRunner.query("ALTER TABLE \"personnel_rate\" DROP CONSTRAINT \"FK_cd3f433c0425966d6b14e699d02\"");
    await queryRunner.query("ALTER TABLE \"time_declaration\" DROP CONSTRAINT \"FK_e09bdbf80421b421fe7e36eb234\"");
    await queryRunner.query("ALTER TABLE \"time_declaration\" DROP CONSTRAINT \"FK_5f1d1e85340d6ca775b39113fc0\"");
    await queryRunner.query("ALTER TABLE \"time_declaration\" DROP CONSTRAINT \"FK_75d5f4bc698c9e36174847cf52d\"");
    await queryRunner.query("ALTER TABLE \"time_declaration\" DROP CONSTRAINT \"FK_283c5940bd8054716d372ccb523\"");
    await queryRunner.query("ALTER TABLE \"time_declaration\" DROP CONSTRAINT \"FK_87536847666b33cd6a9b48db063\"");
    await queryRunner.query("ALTER TABLE \"deliverable\" DROP CONSTRAINT \"FK_c58c4ae90bd9fc9aa1fc336ac12\"");
    await queryRunner.query("ALTER TABLE \"deliverable\" DROP CONSTRAINT \"FK_f23473a69d914360b2ec8fa77ff\"");
    await queryRunner.query("ALTER TABLE \"deliverable\" DROP CONSTRAINT \"FK_8697a6b949b56d487d74a31ec6c\"");
    await queryRunner.query("ALTER TABLE \"deliverable\" DROP CONSTRAINT \"FK_986455a8f89b9848b81c6d9b3fe\"");
    await queryRunner.query("ALTER TABLE \"deliverable\" DROP CONSTRAINT \"FK_fcd28c5cc450c1e34aef58fac80\"");
    await queryRunner.query("ALTER TABLE \"planned_budget\" DROP CONSTRAINT \"FK_ca058e8af12cac4fa20d4fcd2d6\"");
    await queryRunner.query("ALTER TABLE \"planned_budget\" DROP CONSTRAINT \"FK_6dce92002d9753b5fdc5eaac183\"");
    await queryRunner.query("ALTER TABLE \"planned_effort\" DROP CONSTRAINT \"FK_602e52ee14a078062dc24bb7a74\"");
    await queryRunner.query("ALTER TABLE \"planned_effort\" DROP CONSTRAINT \"FK_e608b83f93bd4d361b297eda2d9\"");
    await queryRunner.query("ALTER TABLE \"task\" DROP CONSTRAINT \"FK_36588f4340ca66ad4113bffdf0c\"");
    await queryRunner.query("ALTER TABLE \"expense\" DROP CONSTRAINT \"FK_fccd4cef61ac3b72f7e11c95645\"");
    await queryRunner.query("ALTER TABLE \"work_package\" DROP CONSTRAINT \"FK_60d4a36a3ba7135367cdf1e93f0\"");
    await queryRunner.query("ALTER TABLE \"work_package\" DROP CONSTRAINT \"FK_2d548f14f352e8651806f4134d4\"");
    await queryRunner.query("ALTER TABLE \"project\" DROP CONSTRAINT \"project_indirect_cost_rate\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_36588f4340ca66ad4113bffdf0\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fccd4cef61ac3b72f7e11c9564\"");
    await queryRunner.query('ALTER TABLE "expense" ALTER COLUMN "category" TYPE character varying(100) USING lower("category"::text)');
    await queryRunner.query("ALTER TABLE \"task\" DROP COLUMN \"work_package_id\"");
    await queryRunner.query("ALTER TABLE \"milestone\" DROP COLUMN \"verification\"");
    await queryRunner.query("ALTER TABLE \"milestone\" DROP COLUMN \"due_month\"");
    await queryRunner.query("ALTER TABLE \"expense\" DROP COLUMN \"work_package_id\"");
    await queryRunner.query("ALTER TABLE \"project\" DROP COLUMN \"indirect_cost_rate\"");
    await queryRunner.query("ALTER TABLE \"organization\" DROP COLUMN \"productive_hours_per_year\"");
    await queryRunner.query("DROP TABLE \"personnel_rate\"");
    await queryRunner.query("DROP INDEX \"public\".\"time_declaration_once\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_52fdda8ffc5356813a48dace57\"");
    await queryRunner.query("DROP TABLE \"time_declaration\"");
    await queryRunner.query("DROP TYPE \"public\".\"time_declaration_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_74527ffe3a278dc201bec372f5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fcd28c5cc450c1e34aef58fac8\"");
    await queryRunner.query("DROP TABLE \"deliverable\"");
    await queryRunner.query("DROP TYPE \"public\".\"deliverable_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"dissemination_level\"");
    await queryRunner.query("DROP TABLE \"planned_budget\"");
    await queryRunner.query("DROP TYPE \"public\".\"expense_category\"");
    await queryRunner.query("DROP TABLE \"planned_effort\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2d548f14f352e8651806f4134d\"");
    await queryRunner.query("DROP TABLE \"work_package\"");
  }
}
