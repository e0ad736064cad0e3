import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDate, GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Alliance } from "./alliance.entity";
import { Organization } from "./organization.entity";
import { Project } from "./project.entity";
import { User } from "./user.entity";

export enum TalentExchangeKind {
  SECONDMENT = "SECONDMENT",
  VISITING_RESEARCHER = "VISITING_RESEARCHER",
  JOINT_TRAINING = "JOINT_TRAINING",
  POSTDOC = "POSTDOC",
  INTERNSHIP = "INTERNSHIP",
  TRAINING_COURSE = "TRAINING_COURSE",
}
registerEnumType(TalentExchangeKind, {
  name: "TalentExchangeKind",
  description: "Kinds of talent exchange and training (人才交流).",
  valuesConfig: {
    SECONDMENT: { description: "Staff seconded to another member." },
    VISITING_RESEARCHER: { description: "A visiting researcher." },
    JOINT_TRAINING: { description: "Jointly trained students." },
    POSTDOC: { description: "A postdoctoral position." },
    INTERNSHIP: { description: "An internship." },
    TRAINING_COURSE: { description: "A training course." },
  },
});

export enum TalentExchangeStatus {
  PROPOSED = "PROPOSED",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  ONGOING = "ONGOING",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}
registerEnumType(TalentExchangeStatus, {
  name: "TalentExchangeStatus",
  description: "Where a talent exchange stands.",
  valuesConfig: {
    PROPOSED: { description: "Proposed; awaiting the host's decision." },
    APPROVED: { description: "Approved, not started." },
    ONGOING: { description: "Under way." },
    COMPLETED: { description: "Finished." },
    REJECTED: { description: "Refused." },
    CANCELLED: { description: "Called off." },
  },
});

/**
 * A person of one member moving to, or training with, another member (Art. 5: the alliance
 * exchanges and trains talent). Proposed by one side, decided by the other side or the
 * secretariat, then carried out: PROPOSED → APPROVED | REJECTED → ONGOING → COMPLETED, or CANCELLED.
 */
@ObjectType({
  implements: Node,
  description:
    "A person of one member moving to, or training with, another member (Art. 5: the alliance exchanges and trains talent). Proposed by one side, decided by the other side or the secretariat, then carried out: PROPOSED → APPROVED | REJECTED → ONGOING → COMPLETED, or CANCELLED.",
})
@Entity()
@Check("talent_exchange_distinct_organizations", `"from_organization_id" <> "to_organization_id"`)
export class TalentExchange extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "RESTRICT" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  @Index()
  @Column({ type: "uuid" })
  personId!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn()
  person?: Relation<User>;

  @Index()
  @Column({ type: "uuid" })
  fromOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  fromOrganization?: Relation<Organization>;

  @Index()
  @Column({ type: "uuid" })
  toOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  toOrganization?: Relation<Organization>;

  @Field(() => TalentExchangeKind, { description: "What kind of exchange." })
  @Column({ type: "enum", enum: TalentExchangeKind, enumName: "talent_exchange_kind" })
  kind!: TalentExchangeKind;

  @Index()
  @Column({ type: "uuid", nullable: true })
  projectId!: string | null;

  @ManyToOne(() => Project, { onDelete: "SET NULL" })
  @JoinColumn()
  project?: Relation<Project>;

  @Field(() => GraphQLDate, { nullable: true, description: "When it starts." })
  @Column({ type: "date", nullable: true })
  startDate!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "When it ends." })
  @Column({ type: "date", nullable: true })
  endDate!: string | null;

  @Field(() => TalentExchangeStatus, { description: "Where it stands." })
  @Column({ type: "enum", enum: TalentExchangeStatus, enumName: "talent_exchange_status", default: TalentExchangeStatus.PROPOSED })
  status!: TalentExchangeStatus;

  @Column({ type: "uuid" })
  proposedById!: string;

  /** The side that proposed; the other side (or the secretariat) decides. */
  @Column({ type: "uuid" })
  proposedByOrganizationId!: string;

  @Field(() => GraphQLDateTime, { description: "When it was proposed." })
  @CreateDateColumn({ type: "timestamptz" })
  proposedAt!: Date;

  @Column({ type: "uuid", nullable: true })
  decidedById!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When the host decided." })
  @Column({ type: "timestamptz", nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The reason given with the decision or the last status change." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  reason!: string | null;

  @Field(() => GraphQLDateTime, { description: "When it last changed." })
  @Column({ type: "timestamptz", default: () => "now()" })
  updatedAt!: Date;
}
