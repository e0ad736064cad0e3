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
  UpdateDateColumn,
  type Relation,
} from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Organization } from "./organization.entity";
import { Project } from "./project.entity";

/**
 * A work package of a project's work plan (Art. 8.2: goals and the division of tasks among
 * members): who leads it, when it runs (months counted from the project's start, month 1 being
 * the start month), and the effort and budget each participant plans for it.
 */
@ObjectType({ implements: Node, description: "A work package of a project's work plan (Art. 8.2)." })
@Entity()
@Unique("work_package_number_unique", ["projectId", "number"])
@Check("work_package_months", `"start_month" >= 1 AND "end_month" >= "start_month"`)
export class WorkPackage extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn()
  project?: Relation<Project>;

  @Field({ description: 'Unique in the project, e.g. "WP1".' })
  @Column({ length: 20 })
  number!: string;

  @Field({ description: "The work package's title." })
  @Column({ length: 300 })
  title!: string;

  @Field({ description: "What the work package sets out to achieve." })
  @Column({ type: "text", default: "" })
  objectives!: string;

  @Column({ type: "uuid" })
  leadOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  leadOrganization?: Relation<Organization>;

  @Field(() => Int, { description: "The first month of the work, counted from the project's start (month 1 = the start month)." })
  @Column({ type: "int" })
  startMonth!: number;

  @Field(() => Int, { description: "The last month of the work, counted like startMonth." })
  @Column({ type: "int" })
  endMonth!: number;

  @Field(() => GraphQLDateTime, { description: "When it was created (UTC)." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: "When it last changed (UTC)." })
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
