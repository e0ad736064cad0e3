import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The government supervisor (Art. 8.4): an alliance role reading the government-funded projects,
 * and a project's consent to show it the personnel rates behind its effort costs.
 */
export class GovernmentSupervisor1796619650102 implements MigrationInterface {
  name = "GovernmentSupervisor1796619650102";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TYPE \"public\".\"alliance_role\" ADD VALUE 'GOVERNMENT_SUPERVISOR'");
    await queryRunner.query("ALTER TABLE \"project\" ADD \"supervisor_sees_personnel_rates\" boolean NOT NULL DEFAULT false");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"project\" DROP COLUMN \"supervisor_sees_personnel_rates\"");
    // PostgreSQL cannot drop an enum value: the grants of the role go, and the type is made again without it.
    await queryRunner.query("DELETE FROM \"alliance_role_grant\" WHERE \"role\" = 'GOVERNMENT_SUPERVISOR'");
    await queryRunner.query("ALTER TYPE \"public\".\"alliance_role\" RENAME TO \"alliance_role_old\"");
    await queryRunner.query("CREATE TYPE \"public\".\"alliance_role\" AS ENUM('SECRETARIAT', 'ANALYST')");
    await queryRunner.query(
      "ALTER TABLE \"alliance_role_grant\" ALTER COLUMN \"role\" TYPE \"public\".\"alliance_role\" USING \"role\"::text::\"public\".\"alliance_role\"",
    );
    await queryRunner.query("DROP TYPE \"public\".\"alliance_role_old\"");
  }
}
