import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { GraphQLDate, GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Project } from "./project.entity";

/** A checkpoint of a project (a deliverable, a review, a demonstration) with its due date. */
@ObjectType({ implements: Node, description: "A checkpoint of a project (a deliverable, a review, a demonstration) with its due date." })
@Entity()
export class Milestone extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn()
  project?: Relation<Project>;

  @Field({ description: "Its title." })
  @Column({ length: 300 })
  title!: string;

  @Field({ description: "What it delivers." })
  @Column({ type: "text", default: "" })
  description!: string;

  @Field(() => GraphQLDate, { nullable: true, description: "When it is due." })
  @Column({ type: "date", nullable: true })
  dueDate!: string | null;

  @Field(() => Int, { nullable: true, description: "The month it is due, counted from the project's start (month 1 = the start month)." })
  @Column({ type: "int", nullable: true })
  dueMonth!: number | null;

  @Field(() => GraphQLDate, { nullable: true, description: "The day it was reached, once recorded (achieveMilestone)." })
  @Column({ type: "date", nullable: true })
  achievedOn!: string | null;

  @Field({ description: "How reaching it is verified (the means of verification)." })
  @Column({ type: "text", default: "" })
  verification!: string;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
