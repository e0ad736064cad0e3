import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A version needs its text hash once it has been opened for signature (Art. 8.2), not merely
 * because it left DRAFT: a draft superseded or terminated before it was ever opened has none.
 */
export class OpenedVersionsCarryTheirHash1795839186889 implements MigrationInterface {
  name = "OpenedVersionsCarryTheirHash1795839186889";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "agreement_version" DROP CONSTRAINT "agreement_version_hashed"');
    await queryRunner.query('ALTER TABLE "agreement_version" ADD CONSTRAINT "agreement_version_hashed" CHECK (opened_at IS NULL OR text_hash IS NOT NULL)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "agreement_version" DROP CONSTRAINT "agreement_version_hashed"');
    await queryRunner.query("ALTER TABLE \"agreement_version\" ADD CONSTRAINT \"agreement_version_hashed\" CHECK (status = 'DRAFT' OR text_hash IS NOT NULL)");
  }
}
