import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Alliance } from "./alliance.entity";
import { GoverningBody } from "./governing-body.entity";
import { Organization } from "./organization.entity";
import { User } from "./user.entity";

export enum MotionKind {
  ADMIT_MEMBER = "ADMIT_MEMBER",
  AMEND_AGREEMENT = "AMEND_AGREEMENT",
  ADOPT_POLICY = "ADOPT_POLICY",
  DISSOLVE = "DISSOLVE",
  GENERAL = "GENERAL",
}
registerEnumType(MotionKind, {
  name: "MotionKind",
  description: "What a motion asks the body to decide.",
  valuesConfig: {
    ADMIT_MEMBER: { description: "Admit an applicant organization; the subject is its APPLIED membership." },
    AMEND_AGREEMENT: { description: "Amend an agreement (the subject); needs the body's qualified majority." },
    ADOPT_POLICY: { description: "Adopt a policy document (the subject)." },
    DISSOLVE: { description: "Dissolve the alliance; needs the body's qualified majority." },
    GENERAL: { description: "Any other resolution of the body." },
  },
});

export enum MotionStatus {
  OPEN = "OPEN",
  PASSED = "PASSED",
  REJECTED = "REJECTED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(MotionStatus, {
  name: "MotionStatus",
  description: "OPEN for votes until every seat has voted or closesAt; then PASSED or REJECTED. WITHDRAWN by its proposer.",
  valuesConfig: {
    OPEN: { description: "Seat holders may vote." },
    PASSED: { description: "Decided: quorum met and the majority the kind needs voted FOR." },
    REJECTED: { description: "Decided: no quorum, or not enough votes FOR." },
    WITHDRAWN: { description: "Withdrawn by its proposer or the secretariat before it was decided." },
  },
});

export enum VoteChoice {
  FOR = "FOR",
  AGAINST = "AGAINST",
  ABSTAIN = "ABSTAIN",
}
registerEnumType(VoteChoice, {
  name: "VoteChoice",
  description: "A seat holder's vote; every choice counts towards the quorum.",
  valuesConfig: {
    FOR: { description: "In favour." },
    AGAINST: { description: "Against." },
    ABSTAIN: { description: "Present, neither for nor against: counts for the quorum and among the votes cast." },
  },
});

/**
 * A motion put to a governing body (Art. 8.3: bodies with effective decision mechanisms). Its
 * seat holders vote; it is decided when every seat has voted or at `closesAt`, by the body's
 * quorum and majorities (see docs/decisions.md), and a passed ADMIT_MEMBER admits the applicant.
 */
@ObjectType({ implements: Node, description: "A motion put to a governing body's vote (Art. 8.3)." })
@Entity()
@Index("motion_due", ["closesAt"], { where: "status = 'OPEN'" })
@Index("motion_open_admission_unique", ["subjectId"], { unique: true, where: "status = 'OPEN' AND kind = 'ADMIT_MEMBER'" })
export class Motion extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  bodyId!: string;

  @ManyToOne(() => GoverningBody, { onDelete: "CASCADE" })
  @JoinColumn()
  body?: Relation<GoverningBody>;

  /** The body's alliance, kept on the row for the visibility rule and alliance-wide filters. */
  @Index()
  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "CASCADE" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  @Field(() => MotionKind, { description: "What the motion asks the body to decide." })
  @Column({ type: "enum", enum: MotionKind, enumName: "motion_kind" })
  kind!: MotionKind;

  @Field({ description: "A short title." })
  @Column({ length: 300 })
  title!: string;

  @Field({ description: "The motion's full text." })
  @Column({ type: "text" })
  text!: string;

  /** The GraphQL type of the subject (`Membership`, `Agreement`, `PolicyDocument`, `Alliance`), if any. */
  @Column({ type: "varchar", length: 50, nullable: true })
  subjectType!: string | null;

  @Column({ type: "uuid", nullable: true })
  subjectId!: string | null;

  @Field(() => MotionStatus, { description: "OPEN, then PASSED or REJECTED when decided, or WITHDRAWN." })
  @Column({ type: "enum", enum: MotionStatus, enumName: "motion_status", default: MotionStatus.OPEN })
  status!: MotionStatus;

  @Field(() => GraphQLDateTime, { description: "When it was proposed and voting opened." })
  @Column({ type: "timestamptz" })
  opensAt!: Date;

  @Field(() => GraphQLDateTime, { description: "When voting closes at the latest; the motion is decided then if not before." })
  @Column({ type: "timestamptz" })
  closesAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was decided (PASSED or REJECTED) or withdrawn." })
  @Column({ type: "timestamptz", nullable: true })
  decidedAt!: Date | null;

  /** The body's seats when the motion was decided: the tally's `eligible` from then on. */
  @Column({ type: "int", nullable: true })
  eligibleAtDecision!: number | null;

  @Index()
  @Column({ type: "uuid", nullable: true })
  proposedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  proposedBy?: Relation<User>;
}

/** One seat holder's vote on a motion: once per voter, enforced by the database. */
@ObjectType({ implements: Node, description: "A seat holder's recorded vote; votes are open (visible with their motion)." })
@Entity()
@Index("vote_motion_voter_unique", ["motionId", "voterId"], { unique: true })
export class Vote extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  motionId!: string;

  @ManyToOne(() => Motion, { onDelete: "CASCADE" })
  @JoinColumn()
  motion?: Relation<Motion>;

  @Index()
  @Column({ type: "uuid" })
  voterId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn()
  voter?: Relation<User>;

  /** The voter's organization when the vote was cast (none for platform staff). */
  @Column({ type: "uuid", nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => Organization, { onDelete: "SET NULL" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Field(() => VoteChoice, { description: "FOR, AGAINST or ABSTAIN." })
  @Column({ type: "enum", enum: VoteChoice, enumName: "vote_choice" })
  choice!: VoteChoice;

  @Field(() => GraphQLDateTime, { description: "When the vote was cast." })
  @Column({ type: "timestamptz" })
  castAt!: Date;
}
