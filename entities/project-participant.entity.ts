import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Organization } from "./organization.entity";
import { Project } from "./project.entity";

export enum ParticipantRole {
  LEAD = "LEAD",
  PARTICIPANT = "PARTICIPANT",
}
registerEnumType(ParticipantRole, {
  name: "ParticipantRole",
  description: "An organization's role in a project.",
  valuesConfig: { LEAD: { description: "Leads the project." }, PARTICIPANT: { description: "Takes part in it." } },
});

/** An organization taking part in a project. A removed participant keeps its row (history) with `removedAt`. */
@ObjectType({
  implements: Node,
  description: "An organization taking part in a project. A removed participant keeps its row (history) with `removedAt`.",
})
@Entity()
@Index("project_participant_current_unique", ["projectId", "organizationId"], { unique: true, where: "removed_at IS NULL" })
export class ProjectParticipant extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn()
  project?: Relation<Project>;

  @Index()
  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Field(() => ParticipantRole, { description: "Lead or participant." })
  @Column({ type: "enum", enum: ParticipantRole, enumName: "participant_role", default: ParticipantRole.PARTICIPANT })
  role!: ParticipantRole;

  /** What the organization brings: funds, equipment, staff, know-how. */
  @Field({ description: "What the organization brings: funds, equipment, staff, know-how." })
  @Column({ length: 2000, default: "" })
  contribution!: string;

  @Field(() => GraphQLDateTime, { description: "When it joined." })
  @CreateDateColumn({ type: "timestamptz" })
  joinedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it left (null while it takes part)." })
  @Column({ type: "timestamptz", nullable: true })
  removedAt!: Date | null;
}
