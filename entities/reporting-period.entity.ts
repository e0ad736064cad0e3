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
import { Project } from "./project.entity";

export enum ReportingPeriodStatus {
  OPEN = "OPEN",
  SUBMITTED = "SUBMITTED",
  APPROVED = "APPROVED",
  REOPENED = "REOPENED",
}
registerEnumType(ReportingPeriodStatus, {
  name: "ReportingPeriodStatus",
  description: "Where a reporting period stands. While SUBMITTED or APPROVED its expenses and time declarations are locked.",
  valuesConfig: {
    OPEN: { description: "Not reported yet." },
    SUBMITTED: { description: "Its report is submitted and waits for the secretariat's approval." },
    APPROVED: { description: "The secretariat approved its report." },
    REOPENED: { description: "The secretariat reopened it; the next submission is a new version of its report." },
  },
});

/**
 * A stretch of a project's months on which the lead reports (Art. 8.4): numbered 1, 2, … in the
 * project, never overlapping another; its first and last day follow from the project's start date.
 */
@ObjectType({
  implements: Node,
  description: "A stretch of a project's months on which the lead reports (Art. 8.4), with the versions of its report.",
})
@Entity()
@Unique("reporting_period_number_unique", ["projectId", "number"])
@Check("reporting_period_months", `"start_month" >= 1 AND "end_month" >= "start_month"`)
export class ReportingPeriod extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn()
  project?: Relation<Project>;

  @Field(() => Int, { description: "1 for the project's first period, then 2, 3, …" })
  @Column({ type: "int" })
  number!: number;

  @Field(() => Int, { description: "Its first month of the project (month 1 = the project's start month)." })
  @Column({ type: "int" })
  startMonth!: number;

  @Field(() => Int, { description: "Its last month of the project." })
  @Column({ type: "int" })
  endMonth!: number;

  @Field(() => GraphQLDate, { description: "Its first day: the first day of its start month (moves with the project's start date)." })
  @Column({ type: "date" })
  startDate!: string;

  @Field(() => GraphQLDate, { description: "Its last day: the last day of its end month (moves with the project's start date)." })
  @Column({ type: "date" })
  endDate!: string;

  @Field(() => ReportingPeriodStatus, { description: "Where it stands." })
  @Column({ type: "enum", enum: ReportingPeriodStatus, enumName: "reporting_period_status", default: ReportingPeriodStatus.OPEN })
  status!: ReportingPeriodStatus;

  @Field(() => String, { nullable: true, description: "Why the secretariat last reopened it, if it did." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  reopenReason!: string | null;

  @Field(() => GraphQLDateTime, { description: "When it was created." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
