import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";

/**
 * Append-only record of a mutation: who did what to which entity, written in the mutation's
 * own transaction. Readable by the secretariat of the alliance it concerns.
 */
@ObjectType({
  implements: Node,
  description:
    "Append-only record of a mutation: who did what to which entity, written in the mutation's own transaction. Readable by the secretariat of the alliance it concerns.",
})
@Entity()
@Index(["allianceId", "createdAt"])
export class AuditEntry extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  /** Null for actions of the system itself (bootstrap, demo data). */
  @Index()
  @Column({ type: "uuid", nullable: true })
  actorId!: string | null;

  /** The mutation, e.g. `decideMembership`. */
  @Field({ description: "The mutation, e.g. `decideMembership`." })
  @Column({ length: 100 })
  action!: string;

  @Field({ description: "The type of the object the change was made to." })
  @Column({ length: 100 })
  entityType!: string;

  @Column({ type: "uuid" })
  entityId!: string;

  /** The alliance the entity belongs to; null for platform-level entities (organizations, users). */
  @Column({ type: "uuid", nullable: true })
  allianceId!: string | null;

  @Field(() => GraphQLJSONObject, { description: "The fields the action set, secrets left out." })
  @Column({ type: "jsonb", default: {} })
  changes!: Record<string, unknown>;

  @Field(() => GraphQLDateTime, { description: "When it happened." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
