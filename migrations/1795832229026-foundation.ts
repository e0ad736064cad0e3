import type { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795832229026 implements MigrationInterface {
  name = "Foundation1795832229026";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"organization_type\" AS ENUM('ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"organization\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"type\" \"public\".\"organization_type\" NOT NULL, \"credit_code\" character(18) NOT NULL, \"legal_representative\" character varying(100) NOT NULL, \"region\" character varying(100) NOT NULL, \"industry_backbone\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"organization_credit_code_unique\" UNIQUE (\"credit_code\"), CONSTRAINT \"PK_472c1f99a32def1b0abb219cd67\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"org_role\" AS ENUM('ORG_ADMIN', 'MEMBER')");
    await queryRunner.query("CREATE TYPE \"public\".\"platform_role\" AS ENUM('ADMIN', 'USER')");
    await queryRunner.query("CREATE TABLE \"user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(254) NOT NULL, \"name\" character varying(100) NOT NULL, \"password_hash\" character varying(255) NOT NULL, \"organization_id\" uuid, \"org_role\" \"public\".\"org_role\" NOT NULL DEFAULT 'MEMBER', \"is_legal_representative\" boolean NOT NULL DEFAULT false, \"platform_role\" \"public\".\"platform_role\" NOT NULL DEFAULT 'USER', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"user_email_unique\" UNIQUE (\"email\"), CONSTRAINT \"PK_cace4a159ff9f2512dd42373760\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3e103cdf85b7d6cb620b4db0f0\" ON \"user\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"alliance_scope\" AS ENUM('NATIONAL', 'REGIONAL')");
    await queryRunner.query("CREATE TYPE \"public\".\"alliance_status\" AS ENUM('FORMING', 'ACTIVE', 'SUSPENDED', 'DISSOLVED')");
    await queryRunner.query("CREATE TYPE \"public\".\"pilot_status\" AS ENUM('NONE', 'APPLIED', 'APPROVED', 'REJECTED')");
    await queryRunner.query("CREATE TABLE \"alliance\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"field\" character varying(200) NOT NULL, \"scope\" \"public\".\"alliance_scope\" NOT NULL, \"region\" character varying(100) NOT NULL, \"status\" \"public\".\"alliance_status\" NOT NULL DEFAULT 'FORMING', \"host_organization_id\" uuid, \"pilot_status\" \"public\".\"pilot_status\" NOT NULL DEFAULT 'NONE', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4ca41472d33b43df4e3ac16c7a3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1f2539fc2e2ffedba1374514a8\" ON \"alliance\"  (\"host_organization_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"membership_role\" AS ENUM('LEAD', 'COUNCIL', 'MEMBER')");
    await queryRunner.query("CREATE TYPE \"public\".\"membership_status\" AS ENUM('APPLIED', 'ACTIVE', 'SUSPENDED', 'WITHDRAWN', 'REJECTED')");
    await queryRunner.query("CREATE TABLE \"membership\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"alliance_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"role\" \"public\".\"membership_role\" NOT NULL DEFAULT 'MEMBER', \"status\" \"public\".\"membership_status\" NOT NULL DEFAULT 'APPLIED', \"applied_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decided_by_id\" uuid, \"reason\" character varying(1000), \"ended_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_83c1afebef3059472e7c37e8de8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_63a1fc3ab34f48cf049bc25f0b\" ON \"membership\"  (\"alliance_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_412ffe9391a352e8a4e3dc46f6\" ON \"membership\"  (\"organization_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"membership_open_unique\" ON \"membership\"  (\"alliance_id\", \"organization_id\") WHERE status IN ('APPLIED', 'ACTIVE', 'SUSPENDED')");
    await queryRunner.query("CREATE TYPE \"public\".\"alliance_role\" AS ENUM('SECRETARIAT', 'ANALYST')");
    await queryRunner.query("CREATE TABLE \"alliance_role_grant\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"alliance_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"role\" \"public\".\"alliance_role\" NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"alliance_role_grant_unique\" UNIQUE (\"alliance_id\", \"user_id\", \"role\"), CONSTRAINT \"PK_74b4156948c704c11914a80537e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_d1e290684661cc5503c26f5350\" ON \"alliance_role_grant\"  (\"alliance_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bc1f30250c1827b6dfa184c28a\" ON \"alliance_role_grant\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"audit_entry\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"actor_id\" uuid, \"action\" character varying(100) NOT NULL, \"entity_type\" character varying(100) NOT NULL, \"entity_id\" uuid NOT NULL, \"alliance_id\" uuid, \"changes\" jsonb NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_58a130a4b9da189f46ba2a01801\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_97535621724623160ea0427566\" ON \"audit_entry\"  (\"actor_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_26a1042b62d7b09ae9db140c10\" ON \"audit_entry\"  (\"alliance_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"user\" ADD CONSTRAINT \"FK_3e103cdf85b7d6cb620b4db0f0c\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"alliance\" ADD CONSTRAINT \"FK_1f2539fc2e2ffedba1374514a84\" FOREIGN KEY (\"host_organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"membership\" ADD CONSTRAINT \"FK_63a1fc3ab34f48cf049bc25f0bf\" FOREIGN KEY (\"alliance_id\") REFERENCES \"alliance\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"membership\" ADD CONSTRAINT \"FK_412ffe9391a352e8a4e3dc46f6f\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"membership\" ADD CONSTRAINT \"FK_245dee5487262b6cce3699dad70\" FOREIGN KEY (\"decided_by_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"alliance_role_grant\" ADD CONSTRAINT \"FK_d1e290684661cc5503c26f5350e\" FOREIGN KEY (\"alliance_id\") REFERENCES \"alliance\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"alliance_role_grant\" ADD CONSTRAINT \"FK_bc1f30250c1827b6dfa184c28ac\" FOREIGN KEY (\"user_id\") REFERENCES \"user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"alliance_role_grant\" DROP CONSTRAINT \"FK_bc1f30250c1827b6dfa184c28ac\"");
    await queryRunner.query("ALTER TABLE \"alliance_role_grant\" DROP CONSTRAINT \"FK_d1e290684661cc5503c26f5350e\"");
    await queryRunner.query("ALTER TABLE \"membership\" DROP CONSTRAINT \"FK_245dee5487262b6cce3699dad70\"");
    await queryRunner.query("ALTER TABLE \"membership\" DROP CONSTRAINT \"FK_412ffe9391a352e8a4e3dc46f6f\"");
    await queryRunner.query("ALTER TABLE \"membership\" DROP CONSTRAINT \"FK_63a1fc3ab34f48cf049bc25f0bf\"");
    await queryRunner.query("ALTER TABLE \"alliance\" DROP CONSTRAINT \"FK_1f2539fc2e2ffedba1374514a84\"");
    await queryRunner.query("ALTER TABLE \"user\" DROP CONSTRAINT \"FK_3e103cdf85b7d6cb620b4db0f0c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_26a1042b62d7b09ae9db140c10\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_97535621724623160ea0427566\"");
    await queryRunner.query("DROP TABLE \"audit_entry\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bc1f30250c1827b6dfa184c28a\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d1e290684661cc5503c26f5350\"");
    await queryRunner.query("DROP TABLE \"alliance_role_grant\"");
    await queryRunner.query("DROP TYPE \"public\".\"alliance_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"membership_open_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_412ffe9391a352e8a4e3dc46f6\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_63a1fc3ab34f48cf049bc25f0b\"");
    await queryRunner.query("DROP TABLE \"membership\"");
    await queryRunner.query("DROP TYPE \"public\".\"membership_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"membership_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1f2539fc2e2ffedba1374514a8\"");
    await queryRunner.query("DROP TABLE \"alliance\"");
    await queryRunner.query("DROP TYPE \"public\".\"pilot_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"alliance_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"alliance_scope\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3e103cdf85b7d6cb620b4db0f0\"");
    await queryRunner.query("DROP TABLE \"user\"");
    await queryRunner.query("DROP TYPE \"public\".\"platform_role\"");
    await queryRunner.query("DROP TYPE \"public\".\"org_role\"");
    await queryRunner.query("DROP TABLE \"organization\"");
    await queryRunner.query("DROP TYPE \"public\".\"organization_type\"");
  }
}
