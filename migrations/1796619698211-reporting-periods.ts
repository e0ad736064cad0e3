import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reporting periods and their submitted reports (Art. 8.4); the day an expense was incurred (its
 * period), backfilled from the day it was requested; the day a milestone was reached.
 */
export class ReportingPeriods1796619698211 implements MigrationInterface {
  name = "ReportingPeriods1796619698211";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"reporting_period_status\" AS ENUM('OPEN', 'SUBMITTED', 'APPROVED', 'REOPENED')");
    await queryRunner.query("CREATE TABLE \"reporting_period\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"start_month\" integer NOT NULL, \"end_month\" integer NOT NULL, \"start_date\" date NOT NULL, \"end_date\" date NOT NULL, \"status\" \"public\".\"reporting_period_status\" NOT NULL DEFAULT 'OPEN', \"reopen_reason\" character varying(2000), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"reporting_period_number_unique\" UNIQUE (\"project_id\", \"number\"), CONSTRAINT \"reporting_period_months\" CHECK (\"start_month\" >= 1 AND \"end_month\" >= \"start_month\"), CONSTRAINT \"PK_273d2b68dc1854618ec53e144d0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_71514cee1953871201191b1c89\" ON \"reporting_period\"  (\"project_id\") ");
    await queryRunner.query("CREATE TABLE \"period_report\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"period_id\" uuid NOT NULL, \"project_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"snapshot\" jsonb NOT NULL, \"sha256\" character(64) NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"submitted_by_id\" uuid, CONSTRAINT \"period_report_version_unique\" UNIQUE (\"period_id\", \"version\"), CONSTRAINT \"PK_c6dbeeda71209fea00b3db701fe\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3ae8159bca4c7af82155d6e0eb\" ON \"period_report\"  (\"period_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_294c3c85ddb3fe5d046f85b979\" ON \"period_report\"  (\"project_id\") ");
    await queryRunner.query("ALTER TABLE \"expense\" ADD \"incurred_on\" date");
    // Expenses recorded before the column existed were incurred, as far as anyone knows, the day they were requested.
    await queryRunner.query("UPDATE \"expense\" SET \"incurred_on\" = (\"created_at\" AT TIME ZONE 'UTC')::date");
    await queryRunner.query("ALTER TABLE \"expense\" ALTER COLUMN \"incurred_on\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"milestone\" ADD \"achieved_on\" date");
    await queryRunner.query("CREATE INDEX \"IDX_465e90f1a7a14666fdc00c176b\" ON \"expense\"  (\"incurred_on\") ");
    await queryRunner.query("ALTER TABLE \"reporting_period\" ADD CONSTRAINT \"FK_71514cee1953871201191b1c891\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"period_report\" ADD CONSTRAINT \"FK_3ae8159bca4c7af82155d6e0eb9\" FOREIGN KEY (\"period_id\") REFERENCES \"reporting_period\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"period_report\" ADD CONSTRAINT \"FK_294c3c85ddb3fe5d046f85b979a\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"period_report\" ADD CONSTRAINT \"FK_44d2a7a81adf237240eb9ff5d90\" FOREIGN KEY (\"submitted_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"period_report\" DROP CONSTRAINT \"FK_44d2a7a81adf237240eb9ff5d90\"");
    await queryRunner.query("ALTER TABLE \"period_report\" DROP CONSTRAINT \"FK_294c3c85ddb3fe5d046f85b979a\"");
    await queryRunner.query("ALTER TABLE \"period_report\" DROP CONSTRAINT \"FK_3ae8159bca4c7af82155d6e0eb9\"");
    await queryRunner.query("ALTER TABLE \"reporting_period\" DROP CONSTRAINT \"FK_71514cee1953871201191b1c891\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_465e90f1a7a14666fdc00c176b\"");
    await queryRunner.query("ALTER TABLE \"milestone\" DROP COLUMN \"achieved_on\"");
    await queryRunner.query("ALTER TABLE \"expense\" DROP COLUMN \"incurred_on\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_294c3c85ddb3fe5d046f85b979\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3ae8159bca4c7af82155d6e0eb\"");
    await queryRunner.query("DROP TABLE \"period_report\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_71514cee1953871201191b1c89\"");
    await queryRunner.query("DROP TABLE \"reporting_period\"");
    await queryRunner.query("DROP TYPE \"public\".\"reporting_period_status\"");
  }
}
