import type { MigrationInterface, QueryRunner } from "typeorm";

export class AgreementsGovernanceIpRights1795833264279 implements MigrationInterface {
  name = "AgreementsGovernanceIpRights1795833264279";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"ip_owner\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"ip_asset_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"basis_points\" integer NOT NULL, CONSTRAINT \"ip_owner_unique\" UNIQUE (\"ip_asset_id\", \"organization_id\"), CONSTRAINT \"ip_owner_basis_points\" CHECK (basis_points BETWEEN 1 AND 10000), CONSTRAINT \"PK_7944898c9fda97554ad832c4ca5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_15c7bc90ed65df958ed2e7a2b3\" ON \"ip_owner\"  (\"ip_asset_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_7894b2e81fd13fe242eae68fe4\" ON \"ip_owner\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"license_scope\" AS ENUM('EXCLUSIVE', 'SOLE', 'NON_EXCLUSIVE')");
    await queryRunner.query("CREATE TABLE \"ip_license\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"ip_asset_id\" uuid NOT NULL, \"licensee_id\" uuid NOT NULL, \"scope\" \"public\".\"license_scope\" NOT NULL, \"field_of_use\" character varying(200) NOT NULL, \"territory\" character varying(100) NOT NULL, \"start_date\" date NOT NULL, \"end_date\" date, \"royalty_terms\" text NOT NULL DEFAULT '', \"granted_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ip_license_term\" CHECK (end_date IS NULL OR end_date >= start_date), CONSTRAINT \"PK_ab0c50be3959695a30edf77e989\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3c6b236fdbf8f7c771932966a1\" ON \"ip_license\"  (\"ip_asset_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_7ea2a2818b9f0e6bf19dc2105e\" ON \"ip_license\"  (\"licensee_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"agreement_kind\" AS ENUM('ALLIANCE', 'PROJECT')");
    await queryRunner.query("CREATE TABLE \"agreement\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"alliance_id\" uuid NOT NULL, \"kind\" \"public\".\"agreement_kind\" NOT NULL, \"project_id\" uuid, \"title\" character varying(300) NOT NULL, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"agreement_project_kind\" CHECK ((kind = 'PROJECT') = (project_id IS NOT NULL)), CONSTRAINT \"PK_e7537188219eeef56233a609753\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_75f8887960a79724724ee6761e\" ON \"agreement\"  (\"alliance_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"agreement_project_unique\" ON \"agreement\"  (\"project_id\") WHERE project_id IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"agreement_alliance_unique\" ON \"agreement\"  (\"alliance_id\") WHERE kind = 'ALLIANCE'");
    await queryRunner.query("CREATE TYPE \"public\".\"agreement_status\" AS ENUM('DRAFT', 'OPEN_FOR_SIGNATURE', 'EFFECTIVE', 'SUPERSEDED', 'TERMINATED')");
    await queryRunner.query("CREATE TABLE \"agreement_version\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"agreement_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"status\" \"public\".\"agreement_status\" NOT NULL DEFAULT 'DRAFT', \"text\" text NOT NULL, \"goals\" jsonb NOT NULL DEFAULT '[]', \"task_division\" jsonb NOT NULL DEFAULT '[]', \"breach_terms\" text NOT NULL DEFAULT '', \"text_hash\" character(64), \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"opened_at\" TIMESTAMP WITH TIME ZONE, \"effective_at\" TIMESTAMP WITH TIME ZONE, \"ended_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"agreement_version_number_unique\" UNIQUE (\"agreement_id\", \"number\"), CONSTRAINT \"agreement_version_hashed\" CHECK (status = 'DRAFT' OR text_hash IS NOT NULL), CONSTRAINT \"PK_db3e64e691aef50c031de3c135a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_10e05212281052f9248e7fb1db\" ON \"agreement_version\"  (\"agreement_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"agreement_version_effective_unique\" ON \"agreement_version\"  (\"agreement_id\") WHERE status = 'EFFECTIVE'");
    await queryRunner.query("CREATE UNIQUE INDEX \"agreement_version_pending_unique\" ON \"agreement_version\"  (\"agreement_id\") WHERE status IN ('DRAFT', 'OPEN_FOR_SIGNATURE')");
    await queryRunner.query("CREATE TABLE \"agreement_party\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"version_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"added_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"removed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"agreement_party_unique\" UNIQUE (\"version_id\", \"organization_id\"), CONSTRAINT \"PK_cae1b7353a913e2f9a7188d3294\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_7737b162c98221ffc30fb8b164\" ON \"agreement_party\"  (\"version_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e1b2c3aa918ae1bc54ea48aa00\" ON \"agreement_party\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"agreement_signature\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"version_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"signer_id\" uuid NOT NULL, \"text_hash\" character(64) NOT NULL, \"signed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"agreement_signature_party_unique\" UNIQUE (\"version_id\", \"organization_id\"), CONSTRAINT \"PK_a1c52a86260d677da0f602f884f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_40358d35a2031ba08209219e04\" ON \"agreement_signature\"  (\"version_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_3c04db9b636ed075031043ead8\" ON \"agreement_signature\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"breach_status\" AS ENUM('OPEN', 'RESOLVED', 'DISMISSED')");
    await queryRunner.query("CREATE TABLE \"breach_record\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"agreement_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"description\" text NOT NULL, \"liability\" text NOT NULL DEFAULT '', \"status\" \"public\".\"breach_status\" NOT NULL DEFAULT 'OPEN', \"resolution\" text, \"recorded_by_id\" uuid, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"closed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_f3e991634403971c19a85b757e2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_34ab7da29e92ebb5a4210c54ee\" ON \"breach_record\"  (\"agreement_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cb78eb78b7856fc2bc2632c53f\" ON \"breach_record\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"governing_body_kind\" AS ENUM('DECISION', 'ADVISORY', 'EXECUTIVE')");
    await queryRunner.query("CREATE TABLE \"governing_body\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"alliance_id\" uuid NOT NULL, \"kind\" \"public\".\"governing_body_kind\" NOT NULL, \"name\" character varying(200) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"governing_body_name_unique\" UNIQUE (\"alliance_id\", \"name\"), CONSTRAINT \"PK_407dc6adb09a7cb5d0096994df3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_4524d953940a710a32f10fcff1\" ON \"governing_body\"  (\"alliance_id\") ");
    await queryRunner.query("CREATE TABLE \"body_seat\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"governing_body_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"position\" character varying(100) NOT NULL, \"full_time\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"body_seat_user_unique\" UNIQUE (\"governing_body_id\", \"user_id\"), CONSTRAINT \"PK_3c91f8576c312e78c2d55047e1d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a1e5f34bf1c00d74e0deed4c07\" ON \"body_seat\"  (\"governing_body_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_3b8c77b125266d6da4e4eac9aa\" ON \"body_seat\"  (\"user_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"policy_kind\" AS ENUM('FUND_MANAGEMENT', 'IP_POLICY', 'ADMISSION', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"policy_document\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"alliance_id\" uuid NOT NULL, \"kind\" \"public\".\"policy_kind\" NOT NULL, \"title\" character varying(300) NOT NULL, \"text\" text NOT NULL, \"adopted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"adopted_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_bcf61e29dc9154db3e3d0d7ba6f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_d96f1315611b896dc99a2d235d\" ON \"policy_document\"  (\"alliance_id\") ");
    await queryRunner.query("ALTER TABLE \"ip_asset\" ADD \"diffused_on\" date");
    await queryRunner.query("CREATE TYPE \"public\".\"diffusion_method\" AS ENUM('LICENSE_TO_NON_MEMBER', 'PUBLIC_DISCLOSURE')");
    await queryRunner.query("ALTER TABLE \"ip_asset\" ADD \"diffusion_method\" \"public\".\"diffusion_method\"");
    await queryRunner.query("ALTER TABLE \"ip_asset\" ADD \"diffusion_reference\" character varying(500)");
    await queryRunner.query("ALTER TABLE \"ip_asset\" ADD \"registered_by_id\" uuid");
    await queryRunner.query("CREATE UNIQUE INDEX \"ip_asset_registration_unique\" ON \"ip_asset\"  (\"jurisdiction\", \"registration_number\") WHERE registration_number IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"ip_asset\" ADD CONSTRAINT \"ip_asset_diffusion_due\" CHECK (diffusion_status <> 'PENDING' OR diffusion_due_date IS NOT NULL)");
    await queryRunner.query("ALTER TABLE \"ip_asset\" ADD CONSTRAINT \"FK_1d8ee3a31b818f88176a0fc4f07\" FOREIGN KEY (\"registered_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ip_owner\" ADD CONSTRAINT \"FK_15c7bc90ed65df958ed2e7a2b39\" FOREIGN KEY (\"ip_asset_id\") REFERENCES \"ip_asset\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ip_owner\" ADD CONSTRAINT \"FK_7894b2e81fd13fe242eae68fe4e\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ip_license\" ADD CONSTRAINT \"FK_3c6b236fdbf8f7c771932966a1c\" FOREIGN KEY (\"ip_asset_id\") REFERENCES \"ip_asset\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ip_license\" ADD CONSTRAINT \"FK_7ea2a2818b9f0e6bf19dc2105e3\" FOREIGN KEY (\"licensee_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ip_license\" ADD CONSTRAINT \"FK_00b78829accbb97296e126af2a2\" FOREIGN KEY (\"granted_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agreement\" ADD CONSTRAINT \"FK_75f8887960a79724724ee6761e6\" FOREIGN KEY (\"alliance_id\") REFERENCES \"alliance\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agreement\" ADD CONSTRAINT \"FK_654d64b50ef891de2fe2466de98\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agreement\" ADD CONSTRAINT \"FK_33326c8daa3d41581d7b23751e0\" FOREIGN KEY (\"created_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agreement_version\" ADD CONSTRAINT \"FK_10e05212281052f9248e7fb1db1\" FOREIGN KEY (\"agreement_id\") REFERENCES \"agreement\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agreement_version\" ADD CONSTRAINT \"FK_168c5ee281bb8449341c88eb94a\" FOREIGN KEY (\"created_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agreement_party\" ADD CONSTRAINT \"FK_7737b162c98221ffc30fb8b1641\" FOREIGN KEY (\"version_id\") REFERENCES \"agreement_version\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agreement_party\" ADD CONSTRAINT \"FK_e1b2c3aa918ae1bc54ea48aa009\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agreement_signature\" ADD CONSTRAINT \"FK_40358d35a2031ba08209219e04c\" FOREIGN KEY (\"version_id\") REFERENCES \"agreement_version\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agreement_signature\" ADD CONSTRAINT \"FK_3c04db9b636ed075031043ead85\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agreement_signature\" ADD CONSTRAINT \"FK_105064a172455ceedbc773ce1bb\" FOREIGN KEY (\"signer_id\") REFERENCES \"user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"breach_record\" ADD CONSTRAINT \"FK_34ab7da29e92ebb5a4210c54eef\" FOREIGN KEY (\"agreement_id\") REFERENCES \"agreement\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"breach_record\" ADD CONSTRAINT \"FK_cb78eb78b7856fc2bc2632c53f6\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"breach_record\" ADD CONSTRAINT \"FK_21d5f1b8d6f5b729d53fb4d21e1\" FOREIGN KEY (\"recorded_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"governing_body\" ADD CONSTRAINT \"FK_4524d953940a710a32f10fcff1a\" FOREIGN KEY (\"alliance_id\") REFERENCES \"alliance\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"body_seat\" ADD CONSTRAINT \"FK_a1e5f34bf1c00d74e0deed4c07d\" FOREIGN KEY (\"governing_body_id\") REFERENCES \"governing_body\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"body_seat\" ADD CONSTRAINT \"FK_3b8c77b125266d6da4e4eac9aa7\" FOREIGN KEY (\"user_id\") REFERENCES \"user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"policy_document\" ADD CONSTRAINT \"FK_d96f1315611b896dc99a2d235df\" FOREIGN KEY (\"alliance_id\") REFERENCES \"alliance\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"policy_document\" ADD CONSTRAINT \"FK_72be8600f48a9dfaff050bfa480\" FOREIGN KEY (\"adopted_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // Hand-written (TypeORM cannot express triggers): the terms of a version opened for signature
    // are frozen; signed text never changes, even by direct SQL. A change of terms is a new version.
    await queryRunner.query(`CREATE FUNCTION agreement_version_frozen_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'DRAFT' AND (NEW.text IS DISTINCT FROM OLD.text OR NEW.goals IS DISTINCT FROM OLD.goals
      OR NEW.task_division IS DISTINCT FROM OLD.task_division OR NEW.breach_terms IS DISTINCT FROM OLD.breach_terms
      OR NEW.text_hash IS DISTINCT FROM OLD.text_hash OR NEW.number IS DISTINCT FROM OLD.number
      OR NEW.agreement_id IS DISTINCT FROM OLD.agreement_id) THEN
    RAISE EXCEPTION 'the terms of agreement version % are frozen', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$`);
    await queryRunner.query("CREATE TRIGGER agreement_version_frozen_terms BEFORE UPDATE ON agreement_version FOR EACH ROW EXECUTE FUNCTION agreement_version_frozen_terms()");
    await queryRunner.query(`CREATE FUNCTION agreement_signature_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'agreement signatures are immutable' USING ERRCODE = 'check_violation';
END $$`);
    await queryRunner.query("CREATE TRIGGER agreement_signature_immutable BEFORE UPDATE ON agreement_signature FOR EACH ROW EXECUTE FUNCTION agreement_signature_immutable()");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER agreement_signature_immutable ON agreement_signature");
    await queryRunner.query("DROP FUNCTION agreement_signature_immutable()");
    await queryRunner.query("DROP TRIGGER agreement_version_frozen_terms ON agreement_version");
    await queryRunner.query("DROP FUNCTION agreement_version_frozen_terms()");
    await queryRunner.query("ALTER TABLE \"policy_document\" DROP CONSTRAINT \"FK_72be8600f48a9dfaff050bfa480\"");
    await queryRunner.query("ALTER TABLE \"policy_document\" DROP CONSTRAINT \"FK_d96f1315611b896dc99a2d235df\"");
    await queryRunner.query("ALTER TABLE \"body_seat\" DROP CONSTRAINT \"FK_3b8c77b125266d6da4e4eac9aa7\"");
    await queryRunner.query("ALTER TABLE \"body_seat\" DROP CONSTRAINT \"FK_a1e5f34bf1c00d74e0deed4c07d\"");
    await queryRunner.query("ALTER TABLE \"governing_body\" DROP CONSTRAINT \"FK_4524d953940a710a32f10fcff1a\"");
    await queryRunner.query("ALTER TABLE \"breach_record\" DROP CONSTRAINT \"FK_21d5f1b8d6f5b729d53fb4d21e1\"");
    await queryRunner.query("ALTER TABLE \"breach_record\" DROP CONSTRAINT \"FK_cb78eb78b7856fc2bc2632c53f6\"");
    await queryRunner.query("ALTER TABLE \"breach_record\" DROP CONSTRAINT \"FK_34ab7da29e92ebb5a4210c54eef\"");
    await queryRunner.query("ALTER TABLE \"agreement_signature\" DROP CONSTRAINT \"FK_105064a172455ceedbc773ce1bb\"");
    await queryRunner.query("ALTER TABLE \"agreement_signature\" DROP CONSTRAINT \"FK_3c04db9b636ed075031043ead85\"");
    await queryRunner.query("ALTER TABLE \"agreement_signature\" DROP CONSTRAINT \"FK_40358d35a2031ba08209219e04c\"");
    await queryRunner.query("ALTER TABLE \"agreement_party\" DROP CONSTRAINT \"FK_e1b2c3aa918ae1bc54ea48aa009\"");
    await queryRunner.query("ALTER TABLE \"agreement_party\" DROP CONSTRAINT \"FK_7737b162c98221ffc30fb8b1641\"");
    await queryRunner.query("ALTER TABLE \"agreement_version\" DROP CONSTRAINT \"FK_168c5ee281bb8449341c88eb94a\"");
    await queryRunner.query("ALTER TABLE \"agreement_version\" DROP CONSTRAINT \"FK_10e05212281052f9248e7fb1db1\"");
    await queryRunner.query("ALTER TABLE \"agreement\" DROP CONSTRAINT \"FK_33326c8daa3d41581d7b23751e0\"");
    await queryRunner.query("ALTER TABLE \"agreement\" DROP CONSTRAINT \"FK_654d64b50ef891de2fe2466de98\"");
    await queryRunner.query("ALTER TABLE \"agreement\" DROP CONSTRAINT \"FK_75f8887960a79724724ee6761e6\"");
    await queryRunner.query("ALTER TABLE \"ip_license\" DROP CONSTRAINT \"FK_00b78829accbb97296e126af2a2\"");
    await queryRunner.query("ALTER TABLE \"ip_license\" DROP CONSTRAINT \"FK_7ea2a2818b9f0e6bf19dc2105e3\"");
    await queryRunner.query("ALTER TABLE \"ip_license\" DROP CONSTRAINT \"FK_3c6b236fdbf8f7c771932966a1c\"");
    await queryRunner.query("ALTER TABLE \"ip_owner\" DROP CONSTRAINT \"FK_7894b2e81fd13fe242eae68fe4e\"");
    await queryRunner.query("ALTER TABLE \"ip_owner\" DROP CONSTRAINT \"FK_15c7bc90ed65df958ed2e7a2b39\"");
    await queryRunner.query("ALTER TABLE \"ip_asset\" DROP CONSTRAINT \"FK_1d8ee3a31b818f88176a0fc4f07\"");
    await queryRunner.query("ALTER TABLE \"ip_asset\" DROP CONSTRAINT \"ip_asset_diffusion_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"ip_asset_registration_unique\"");
    await queryRunner.query("ALTER TABLE \"ip_asset\" DROP COLUMN \"registered_by_id\"");
    await queryRunner.query("ALTER TABLE \"ip_asset\" DROP COLUMN \"diffusion_reference\"");
    await queryRunner.query("ALTER TABLE \"ip_asset\" DROP COLUMN \"diffusion_method\"");
    await queryRunner.query("DROP TYPE \"public\".\"diffusion_method\"");
    await queryRunner.query("ALTER TABLE \"ip_asset\" DROP COLUMN \"diffused_on\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d96f1315611b896dc99a2d235d\"");
    await queryRunner.query("DROP TABLE \"policy_document\"");
    await queryRunner.query("DROP TYPE \"public\".\"policy_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3b8c77b125266d6da4e4eac9aa\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a1e5f34bf1c00d74e0deed4c07\"");
    await queryRunner.query("DROP TABLE \"body_seat\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_4524d953940a710a32f10fcff1\"");
    await queryRunner.query("DROP TABLE \"governing_body\"");
    await queryRunner.query("DROP TYPE \"public\".\"governing_body_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_cb78eb78b7856fc2bc2632c53f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_34ab7da29e92ebb5a4210c54ee\"");
    await queryRunner.query("DROP TABLE \"breach_record\"");
    await queryRunner.query("DROP TYPE \"public\".\"breach_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3c04db9b636ed075031043ead8\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_40358d35a2031ba08209219e04\"");
    await queryRunner.query("DROP TABLE \"agreement_signature\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e1b2c3aa918ae1bc54ea48aa00\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7737b162c98221ffc30fb8b164\"");
    await queryRunner.query("DROP TABLE \"agreement_party\"");
    await queryRunner.query("DROP INDEX \"public\".\"agreement_version_pending_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"agreement_version_effective_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_10e05212281052f9248e7fb1db\"");
    await queryRunner.query("DROP TABLE \"agreement_version\"");
    await queryRunner.query("DROP TYPE \"public\".\"agreement_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"agreement_alliance_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"agreement_project_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_75f8887960a79724724ee6761e\"");
    await queryRunner.query("DROP TABLE \"agreement\"");
    await queryRunner.query("DROP TYPE \"public\".\"agreement_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7ea2a2818b9f0e6bf19dc2105e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3c6b236fdbf8f7c771932966a1\"");
    await queryRunner.query("DROP TABLE \"ip_license\"");
    await queryRunner.query("DROP TYPE \"public\".\"license_scope\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7894b2e81fd13fe242eae68fe4\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_15c7bc90ed65df958ed2e7a2b3\"");
    await queryRunner.query("DROP TABLE \"ip_owner\"");
  }
}
