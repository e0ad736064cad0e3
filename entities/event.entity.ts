import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * The transactional outbox (DESIGN.md §1): one row per domain event, written in the
 * transaction of the change it reports. Rows carry ids only — never names, amounts or text —
 * so the table holds no secrets; subscribers load the subject under their own rights.
 * `id` grows in commit order (see src/events/outbox.ts), which is what makes "everything after
 * the last delivered id" a complete answer. Not part of the GraphQL schema.
 */
@Entity("event")
@Index("event_project_idx", ["projectId", "id"])
@Index("event_alliance_idx", ["allianceId", "id"])
export class OutboxEventRow {
  @PrimaryGeneratedColumn("increment", { type: "bigint" })
  id!: string;

  /** `<subject>.<verb>`, e.g. `task.assigned` (src/events/topics.ts). */
  @Column({ length: 100 })
  topic!: string;

  @Column({ type: "uuid", nullable: true })
  allianceId!: string | null;

  @Column({ type: "uuid", nullable: true })
  projectId!: string | null;

  /** Organizations the event concerns directly (an assignee, both sides of an exchange). */
  @Column({ type: "uuid", array: true, default: () => "'{}'" })
  organizationIds!: string[];

  /** The GraphQL type of the subject, so `fetchNode` can load it under a subscriber's rights. */
  @Column({ length: 50 })
  entityType!: string;

  @Column({ type: "uuid" })
  entityId!: string;

  @Column({ type: "uuid", nullable: true })
  actorId!: string | null;

  @Index("event_created_at_idx")
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
