import type { MigrationInterface, QueryRunner } from "typeorm";

export class ProjectsTasksTalentEvents1795832889498 implements MigrationInterface {
  name = "ProjectsTasksTalentEvents1795832889498";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"milestone\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"title\" character varying(300) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"due_date\" date, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f8372abce331f60ba7b33fe23a7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a6f99388cc316eeee256347f0c\" ON \"milestone\"  (\"project_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"task_status\" AS ENUM('TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED')");
    await queryRunner.query("CREATE TYPE \"public\".\"task_priority\" AS ENUM('LOW', 'MEDIUM', 'HIGH', 'URGENT')");
    await queryRunner.query("CREATE TABLE \"task\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"milestone_id\" uuid, \"title\" character varying(300) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"status\" \"public\".\"task_status\" NOT NULL DEFAULT 'TODO', \"priority\" \"public\".\"task_priority\" NOT NULL DEFAULT 'MEDIUM', \"due_date\" date, \"assignee_organization_id\" uuid, \"assignee_id\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_fb213f79ee45060ba925ecd576e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1f53e7ffe94530f9e0221224d2\" ON \"task\"  (\"project_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_52210f0343e2e6a70ac80da57d\" ON \"task\"  (\"milestone_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_db9bf600b1201b31d7fc6b0fb4\" ON \"task\"  (\"assignee_organization_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_75114a0b55080c15694f3d40ec\" ON \"task\"  (\"assignee_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"talent_exchange_kind\" AS ENUM('SECONDMENT', 'VISITING_RESEARCHER', 'JOINT_TRAINING', 'POSTDOC', 'INTERNSHIP', 'TRAINING_COURSE')");
    await queryRunner.query("CREATE TYPE \"public\".\"talent_exchange_status\" AS ENUM('PROPOSED', 'APPROVED', 'REJECTED', 'ONGOING', 'COMPLETED', 'CANCELLED')");
    await queryRunner.query("CREATE TABLE \"talent_exchange\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"alliance_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"from_organization_id\" uuid NOT NULL, \"to_organization_id\" uuid NOT NULL, \"kind\" \"public\".\"talent_exchange_kind\" NOT NULL, \"project_id\" uuid, \"start_date\" date, \"end_date\" date, \"status\" \"public\".\"talent_exchange_status\" NOT NULL DEFAULT 'PROPOSED', \"proposed_by_id\" uuid NOT NULL, \"proposed_by_organization_id\" uuid NOT NULL, \"proposed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"decided_by_id\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"reason\" character varying(1000), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"talent_exchange_distinct_organizations\" CHECK (\"from_organization_id\" <> \"to_organization_id\"), CONSTRAINT \"PK_4f0c53eacac33ec6dfc08dd68ce\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_9f876ac92cc5cd4c10fdcce75d\" ON \"talent_exchange\"  (\"alliance_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4c33d1083d77c892a38993c9c2\" ON \"talent_exchange\"  (\"person_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b7e18eb3da6cc228bb5333946e\" ON \"talent_exchange\"  (\"from_organization_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9ff6a50c8a2cb53d1251c9ab59\" ON \"talent_exchange\"  (\"to_organization_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8030c3069fd4a3c96f059430ad\" ON \"talent_exchange\"  (\"project_id\") ");
    await queryRunner.query("CREATE TABLE \"event\" (\"id\" BIGSERIAL NOT NULL, \"topic\" character varying(100) NOT NULL, \"alliance_id\" uuid, \"project_id\" uuid, \"organization_ids\" uuid array NOT NULL DEFAULT '{}', \"entity_type\" character varying(50) NOT NULL, \"entity_id\" uuid NOT NULL, \"actor_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_30c2f3bbaf6d34a55f8ae6e4614\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"event_created_at_idx\" ON \"event\"  (\"created_at\") ");
    await queryRunner.query("CREATE INDEX \"event_alliance_idx\" ON \"event\"  (\"alliance_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"event_project_idx\" ON \"event\"  (\"project_id\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"milestone\" ADD CONSTRAINT \"FK_a6f99388cc316eeee256347f0c0\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"task\" ADD CONSTRAINT \"FK_1f53e7ffe94530f9e0221224d29\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"task\" ADD CONSTRAINT \"FK_52210f0343e2e6a70ac80da57d4\" FOREIGN KEY (\"milestone_id\") REFERENCES \"milestone\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"task\" ADD CONSTRAINT \"FK_db9bf600b1201b31d7fc6b0fb4c\" FOREIGN KEY (\"assignee_organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"task\" ADD CONSTRAINT \"FK_75114a0b55080c15694f3d40ec9\" FOREIGN KEY (\"assignee_id\") REFERENCES \"user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"talent_exchange\" ADD CONSTRAINT \"FK_9f876ac92cc5cd4c10fdcce75d6\" FOREIGN KEY (\"alliance_id\") REFERENCES \"alliance\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"talent_exchange\" ADD CONSTRAINT \"FK_4c33d1083d77c892a38993c9c2b\" FOREIGN KEY (\"person_id\") REFERENCES \"user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"talent_exchange\" ADD CONSTRAINT \"FK_b7e18eb3da6cc228bb5333946e5\" FOREIGN KEY (\"from_organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"talent_exchange\" ADD CONSTRAINT \"FK_9ff6a50c8a2cb53d1251c9ab59f\" FOREIGN KEY (\"to_organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"talent_exchange\" ADD CONSTRAINT \"FK_8030c3069fd4a3c96f059430add\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"talent_exchange\" DROP CONSTRAINT \"FK_8030c3069fd4a3c96f059430add\"");
    await queryRunner.query("ALTER TABLE \"talent_exchange\" DROP CONSTRAINT \"FK_9ff6a50c8a2cb53d1251c9ab59f\"");
    await queryRunner.query("ALTER TABLE \"talent_exchange\" DROP CONSTRAINT \"FK_b7e18eb3da6cc228bb5333946e5\"");
    await queryRunner.query("ALTER TABLE \"talent_exchange\" DROP CONSTRAINT \"FK_4c33d1083d77c892a38993c9c2b\"");
    await queryRunner.query("ALTER TABLE \"talent_exchange\" DROP CONSTRAINT \"FK_9f876ac92cc5cd4c10fdcce75d6\"");
    await queryRunner.query("ALTER TABLE \"task\" DROP CONSTRAINT \"FK_75114a0b55080c15694f3d40ec9\"");
    await queryRunner.query("ALTER TABLE \"task\" DROP CONSTRAINT \"FK_db9bf600b1201b31d7fc6b0fb4c\"");
    await queryRunner.query("ALTER TABLE \"task\" DROP CONSTRAINT \"FK_52210f0343e2e6a70ac80da57d4\"");
    await queryRunner.query("ALTER TABLE \"task\" DROP CONSTRAINT \"FK_1f53e7ffe94530f9e0221224d29\"");
    await queryRunner.query("ALTER TABLE \"milestone\" DROP CONSTRAINT \"FK_a6f99388cc316eeee256347f0c0\"");
    await queryRunner.query("DROP INDEX \"public\".\"event_project_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"event_alliance_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"event_created_at_idx\"");
    await queryRunner.query("DROP TABLE \"event\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8030c3069fd4a3c96f059430ad\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9ff6a50c8a2cb53d1251c9ab59\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b7e18eb3da6cc228bb5333946e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_4c33d1083d77c892a38993c9c2\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9f876ac92cc5cd4c10fdcce75d\"");
    await queryRunner.query("DROP TABLE \"talent_exchange\"");
    await queryRunner.query("DROP TYPE \"public\".\"talent_exchange_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"talent_exchange_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_75114a0b55080c15694f3d40ec\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_db9bf600b1201b31d7fc6b0fb4\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_52210f0343e2e6a70ac80da57d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1f53e7ffe94530f9e0221224d2\"");
    await queryRunner.query("DROP TABLE \"task\"");
    await queryRunner.query("DROP TYPE \"public\".\"task_priority\"");
    await queryRunner.query("DROP TYPE \"public\".\"task_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a6f99388cc316eeee256347f0c\"");
    await queryRunner.query("DROP TABLE \"milestone\"");
  }
}
