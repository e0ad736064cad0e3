import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Project } from "./project.entity";
import { ReportingPeriod } from "./reporting-period.entity";
import { User } from "./user.entity";

/**
 * One submission of a reporting period's report: the snapshot compiled at submission, never
 * recomputed, with the SHA-256 of its canonical JSON (docs/work-plan.md, "Reporting periods").
 */
@ObjectType({
  implements: Node,
  description: "One submitted version of a reporting period's report, frozen at submission with the SHA-256 of its canonical JSON.",
})
@Entity()
@Unique("period_report_version_unique", ["periodId", "version"])
export class PeriodReport extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  periodId!: string;

  @ManyToOne(() => ReportingPeriod, { onDelete: "CASCADE" })
  @JoinColumn()
  period?: Relation<ReportingPeriod>;

  /** The period's project, copied so visibility is one join away. */
  @Index()
  @Column({ type: "uuid" })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn()
  project?: Relation<Project>;

  @Field(() => Int, { description: "1 for the first submission; each submission after a reopening is the next." })
  @Column({ type: "int" })
  version!: number;

  @Field(() => GraphQLJSONObject, {
    description: "The report as submitted (the PeriodReportSnapshot shape of docs/work-plan.md): figures as exact decimal strings.",
  })
  @Column({ type: "jsonb" })
  snapshot!: Record<string, unknown>;

  @Field({ description: "SHA-256 (lowercase hex) of the snapshot's canonical JSON: keys sorted, no whitespace, UTF-8." })
  @Column({ type: "char", length: 64 })
  sha256!: string;

  @Field(() => GraphQLDateTime, { description: "When it was submitted." })
  @Column({ type: "timestamptz" })
  submittedAt!: Date;

  @Column({ type: "uuid", nullable: true })
  submittedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  submittedBy?: Relation<User>;
}
