import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Motions and votes of governing bodies with their decision rules (Art. 8.3), who admits members
 * (`alliance.admission_by`), and remedy periods of breach records: existing records get 30 days
 * from the day they were recorded; OPEN becomes NOTIFIED and RESOLVED becomes REMEDIED (and back,
 * with ESCALATED going back to OPEN).
 */
export class MotionsAndRemedyPeriods1796609293829 implements MigrationInterface {
  name = "MotionsAndRemedyPeriods1796609293829";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"motion_kind\" AS ENUM('ADMIT_MEMBER', 'AMEND_AGREEMENT', 'ADOPT_POLICY', 'DISSOLVE', 'GENERAL')");
    await queryRunner.query("CREATE TYPE \"public\".\"motion_status\" AS ENUM('OPEN', 'PASSED', 'REJECTED', 'WITHDRAWN')");
    await queryRunner.query("CREATE TABLE \"motion\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"body_id\" uuid NOT NULL, \"alliance_id\" uuid NOT NULL, \"kind\" \"public\".\"motion_kind\" NOT NULL, \"title\" character varying(300) NOT NULL, \"text\" text NOT NULL, \"subject_type\" character varying(50), \"subject_id\" uuid, \"status\" \"public\".\"motion_status\" NOT NULL DEFAULT 'OPEN', \"opens_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"closes_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"eligible_at_decision\" integer, \"proposed_by_id\" uuid, CONSTRAINT \"PK_6b577ebda54089e75b75f98058d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_cdc13e338876a424542e4ced50\" ON \"motion\"  (\"body_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d185f9a1523d704e6069fa6a17\" ON \"motion\"  (\"alliance_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5b7c75b2b85d49bceb5d09af3a\" ON \"motion\"  (\"proposed_by_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"motion_open_admission_unique\" ON \"motion\"  (\"subject_id\") WHERE status = 'OPEN' AND kind = 'ADMIT_MEMBER'");
    await queryRunner.query("CREATE INDEX \"motion_due\" ON \"motion\"  (\"closes_at\") WHERE status = 'OPEN'");
    await queryRunner.query("CREATE TYPE \"public\".\"vote_choice\" AS ENUM('FOR', 'AGAINST', 'ABSTAIN')");
    await queryRunner.query("CREATE TABLE \"vote\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"motion_id\" uuid NOT NULL, \"voter_id\" uuid NOT NULL, \"organization_id\" uuid, \"choice\" \"public\".\"vote_choice\" NOT NULL, \"cast_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_2d5932d46afe39c8176f9d4be72\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f5c90d8438424ec0f044ef945a\" ON \"vote\"  (\"voter_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"vote_motion_voter_unique\" ON \"vote\"  (\"motion_id\", \"voter_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"admission_by\" AS ENUM('SECRETARIAT', 'DECISION_BODY')");
    await queryRunner.query("ALTER TABLE \"alliance\" ADD \"admission_by\" \"public\".\"admission_by\" NOT NULL DEFAULT 'SECRETARIAT'");
    await queryRunner.query("ALTER TABLE \"breach_record\" ADD \"remedy_due_on\" date");
    await queryRunner.query("UPDATE \"breach_record\" SET \"remedy_due_on\" = (\"recorded_at\" AT TIME ZONE 'UTC')::date + 30");
    await queryRunner.query("ALTER TABLE \"breach_record\" ALTER COLUMN \"remedy_due_on\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"breach_record\" ADD \"escalated_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"governing_body\" ADD \"quorum_basis_points\" integer NOT NULL DEFAULT '5000'");
    await queryRunner.query("ALTER TABLE \"governing_body\" ADD \"majority_basis_points\" integer NOT NULL DEFAULT '5000'");
    await queryRunner.query("ALTER TABLE \"governing_body\" ADD \"qualified_majority_basis_points\" integer NOT NULL DEFAULT '6667'");
    await queryRunner.query("ALTER TYPE \"public\".\"breach_status\" RENAME TO \"breach_status_old\"");
    await queryRunner.query("CREATE TYPE \"public\".\"breach_status\" AS ENUM('NOTIFIED', 'REMEDIED', 'ESCALATED', 'DISMISSED')");
    await queryRunner.query("ALTER TABLE \"breach_record\" ALTER COLUMN \"status\" DROP DEFAULT");
    await queryRunner.query("ALTER TABLE \"breach_record\" ALTER COLUMN \"status\" TYPE \"public\".\"breach_status\" USING (CASE \"status\"::\"text\" WHEN 'OPEN' THEN 'NOTIFIED' WHEN 'RESOLVED' THEN 'REMEDIED' ELSE \"status\"::\"text\" END)::\"public\".\"breach_status\"");
    await queryRunner.query("ALTER TABLE \"breach_record\" ALTER COLUMN \"status\" SET DEFAULT 'NOTIFIED'");
    await queryRunner.query("DROP TYPE \"public\".\"breach_status_old\"");
    await queryRunner.query("ALTER TABLE \"governing_body\" ADD CONSTRAINT \"governing_body_rules\" CHECK (quorum_basis_points BETWEEN 0 AND 9999 AND majority_basis_points BETWEEN 0 AND 9999 AND qualified_majority_basis_points BETWEEN 0 AND 9999)");
    await queryRunner.query("ALTER TABLE \"motion\" ADD CONSTRAINT \"FK_cdc13e338876a424542e4ced50d\" FOREIGN KEY (\"body_id\") REFERENCES \"governing_body\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"motion\" ADD CONSTRAINT \"FK_d185f9a1523d704e6069fa6a176\" FOREIGN KEY (\"alliance_id\") REFERENCES \"alliance\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"motion\" ADD CONSTRAINT \"FK_5b7c75b2b85d49bceb5d09af3a8\" FOREIGN KEY (\"proposed_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"vote\" ADD CONSTRAINT \"FK_7a163117aaf98b1ae83ed27b2eb\" FOREIGN KEY (\"motion_id\") REFERENCES \"motion\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"vote\" ADD CONSTRAINT \"FK_f5c90d8438424ec0f044ef945a9\" FOREIGN KEY (\"voter_id\") REFERENCES \"user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"vote\" ADD CONSTRAINT \"FK_a5e09cfcaa349cf718f0803c28a\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"vote\" DROP CONSTRAINT \"FK_a5e09cfcaa349cf718f0803c28a\"");
    await queryRunner.query("ALTER TABLE \"vote\" DROP CONSTRAINT \"FK_f5c90d8438424ec0f044ef945a9\"");
    await queryRunner.query("ALTER TABLE \"vote\" DROP CONSTRAINT \"FK_7a163117aaf98b1ae83ed27b2eb\"");
    await queryRunner.query("ALTER TABLE \"motion\" DROP CONSTRAINT \"FK_5b7c75b2b85d49bceb5d09af3a8\"");
    await queryRunner.query("ALTER TABLE \"motion\" DROP CONSTRAINT \"FK_d185f9a1523d704e6069fa6a176\"");
    await queryRunner.query("ALTER TABLE \"motion\" DROP CONSTRAINT \"FK_cdc13e338876a424542e4ced50d\"");
    await queryRunner.query("ALTER TABLE \"governing_body\" DROP CONSTRAINT \"governing_body_rules\"");
    await queryRunner.query("CREATE TYPE \"public\".\"breach_status_old\" AS ENUM('OPEN', 'RESOLVED', 'DISMISSED')");
    await queryRunner.query("ALTER TABLE \"breach_record\" ALTER COLUMN \"status\" DROP DEFAULT");
    await queryRunner.query("ALTER TABLE \"breach_record\" ALTER COLUMN \"status\" TYPE \"public\".\"breach_status_old\" USING (CASE \"status\"::\"text\" WHEN 'NOTIFIED' THEN 'OPEN' WHEN 'ESCALATED' THEN 'OPEN' WHEN 'REMEDIED' THEN 'RESOLVED' ELSE \"status\"::\"text\" END)::\"public\".\"breach_status_old\"");
    await queryRunner.query("ALTER TABLE \"breach_record\" ALTER COLUMN \"status\" SET DEFAULT 'OPEN'");
    await queryRunner.query("DROP TYPE \"public\".\"breach_status\"");
    await queryRunner.query("ALTER TYPE \"public\".\"breach_status_old\" RENAME TO \"breach_status\"");
    await queryRunner.query("ALTER TABLE \"governing_body\" DROP COLUMN \"qualified_majority_basis_points\"");
    await queryRunner.query("ALTER TABLE \"governing_body\" DROP COLUMN \"majority_basis_points\"");
    await queryRunner.query("ALTER TABLE \"governing_body\" DROP COLUMN \"quorum_basis_points\"");
    await queryRunner.query("ALTER TABLE \"breach_record\" DROP COLUMN \"escalated_at\"");
    await queryRunner.query("ALTER TABLE \"breach_record\" DROP COLUMN \"remedy_due_on\"");
    await queryRunner.query("ALTER TABLE \"alliance\" DROP COLUMN \"admission_by\"");
    await queryRunner.query("DROP TYPE \"public\".\"admission_by\"");
    await queryRunner.query("DROP INDEX \"public\".\"vote_motion_voter_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f5c90d8438424ec0f044ef945a\"");
    await queryRunner.query("DROP TABLE \"vote\"");
    await queryRunner.query("DROP TYPE \"public\".\"vote_choice\"");
    await queryRunner.query("DROP INDEX \"public\".\"motion_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"motion_open_admission_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5b7c75b2b85d49bceb5d09af3a\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d185f9a1523d704e6069fa6a17\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_cdc13e338876a424542e4ced50\"");
    await queryRunner.query("DROP TABLE \"motion\"");
    await queryRunner.query("DROP TYPE \"public\".\"motion_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"motion_kind\"");
  }
}
