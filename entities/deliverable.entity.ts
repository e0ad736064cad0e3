import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from "typeorm";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDate, GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Organization } from "./organization.entity";
import { Project } from "./project.entity";
import { User } from "./user.entity";
import { WorkPackage } from "./work-package.entity";

export enum DisseminationLevel {
  PUBLIC = "PUBLIC",
  CONSORTIUM = "CONSORTIUM",
  CONFIDENTIAL = "CONFIDENTIAL",
}
registerEnumType(DisseminationLevel, {
  name: "DisseminationLevel",
  description: "Who may read a deliverable.",
  valuesConfig: {
    PUBLIC: { description: "Whoever sees the project." },
    CONSORTIUM: { description: "Whoever sees the project (the consortium and, for an ALLIANCE project, the alliance)." },
    CONFIDENTIAL: { description: "The project's participants and the secretariat only, whatever the project's visibility." },
  },
});

export enum DeliverableStatus {
  PENDING = "PENDING",
  SUBMITTED = "SUBMITTED",
  ACCEPTED = "ACCEPTED",
  REVISION_REQUESTED = "REVISION_REQUESTED",
}
registerEnumType(DeliverableStatus, {
  name: "DeliverableStatus",
  description: "PENDING → SUBMITTED → ACCEPTED, or REVISION_REQUESTED → SUBMITTED again.",
  valuesConfig: {
    PENDING: { description: "Not submitted yet." },
    SUBMITTED: { description: "Submitted, waiting for review." },
    ACCEPTED: { description: "Reviewed and accepted; final." },
    REVISION_REQUESTED: { description: "Reviewed and sent back; to be submitted again." },
  },
});

/** A report, prototype or data set a work package owes by a month of the project (Art. 8.2). */
@ObjectType({ implements: Node, description: "A result a work package owes by a month of the project." })
@Entity()
@Unique("deliverable_number_unique", ["projectId", "number"])
@Check("deliverable_due_month", `"due_month" >= 1`)
@Index(["projectId", "status"])
export class Deliverable extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  workPackageId!: string;

  @ManyToOne(() => WorkPackage, { onDelete: "CASCADE" })
  @JoinColumn()
  workPackage?: Relation<WorkPackage>;

  /** The work package's project, copied so visibility is one join away. */
  @Column({ type: "uuid" })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn()
  project?: Relation<Project>;

  @Field({ description: 'Unique in the project, e.g. "D1.1".' })
  @Column({ length: 20 })
  number!: string;

  @Field({ description: "The deliverable's title." })
  @Column({ length: 300 })
  title!: string;

  @Field(() => Int, { description: "The month it is due, counted from the project's start (month 1 = the start month)." })
  @Column({ type: "int" })
  dueMonth!: number;

  /** Derived from the project's start date and `dueMonth`; kept in step when the start date moves. */
  @Field(() => GraphQLDate, { description: "The last day of the due month (derived from the project's start date)." })
  @Column({ type: "date" })
  dueDate!: string;

  @Field(() => DisseminationLevel, { description: "Who may read it." })
  @Column({ type: "enum", enum: DisseminationLevel, enumName: "dissemination_level" })
  disseminationLevel!: DisseminationLevel;

  @Column({ type: "uuid" })
  responsibleOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  responsibleOrganization?: Relation<Organization>;

  @Field(() => DeliverableStatus, { description: "Where it stands in review." })
  @Column({ type: "enum", enum: DeliverableStatus, enumName: "deliverable_status", default: DeliverableStatus.PENDING })
  status!: DeliverableStatus;

  @Field(() => String, { nullable: true, description: "Why it was submitted after its due date (required then)." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  delayJustification!: string | null;

  @Field(() => Int, { description: "How many times it has been submitted." })
  @Column({ type: "int", default: 0 })
  submissionCount!: number;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was last submitted." })
  @Column({ type: "timestamptz", nullable: true })
  submittedAt!: Date | null;

  @Column({ type: "uuid", nullable: true })
  submittedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  submittedBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was last reviewed." })
  @Column({ type: "timestamptz", nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: "uuid", nullable: true })
  reviewedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  reviewedBy?: Relation<User>;

  @Field(() => String, { nullable: true, description: "The last review's comment." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  reviewComment!: string | null;

  @Field(() => GraphQLDateTime, { description: "When it was created (UTC)." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
