import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDate, GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Decimal, DecimalScalar, decimalTransformer } from "../src/graphql/decimal";
import { Alliance } from "./alliance.entity";

export enum ProjectStatus {
  PROPOSED = "PROPOSED",
  APPROVED = "APPROVED",
  ACTIVE = "ACTIVE",
  COMPLETED = "COMPLETED",
  TERMINATED = "TERMINATED",
}
registerEnumType(ProjectStatus, { name: "ProjectStatus" });

export enum ProjectVisibility {
  /** Users of participant organizations (and the secretariat and analysts). */
  PARTICIPANTS = "PARTICIPANTS",
  /** Everyone who sees the alliance's directory. */
  ALLIANCE = "ALLIANCE",
}
registerEnumType(ProjectVisibility, { name: "ProjectVisibility" });

/** A joint R&D project of the alliance's members. */
@ObjectType({ implements: Node, simpleResolvers: true, description: "A joint R&D project of the alliance's members." })
@Entity()
@Unique("project_code_unique", ["allianceId", "code"])
export class Project extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "RESTRICT" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  /** Unique within the alliance, e.g. "PB-2026-01". */
  @Field({ description: 'Unique within the alliance, e.g. "PB-2026-01".' })
  @Column({ length: 50 })
  code!: string;

  @Field()
  @Column({ length: 300 })
  title!: string;

  @Field()
  @Column({ type: "text", default: "" })
  summary!: string;

  @Field(() => ProjectStatus)
  @Column({ type: "enum", enum: ProjectStatus, enumName: "project_status", default: ProjectStatus.PROPOSED })
  status!: ProjectStatus;

  @Field(() => ProjectVisibility)
  @Column({ type: "enum", enum: ProjectVisibility, enumName: "project_visibility", default: ProjectVisibility.PARTICIPANTS })
  visibility!: ProjectVisibility;

  @Field(() => GraphQLDate, { nullable: true })
  @Column({ type: "date", nullable: true })
  startDate!: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  @Column({ type: "date", nullable: true })
  endDate!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Column({ type: "numeric", precision: 20, scale: 2, nullable: true, transformer: decimalTransformer })
  budget!: Decimal | null;

  @Field({ defaultValue: "CNY" })
  @Column({ type: "char", length: 3, default: "CNY" })
  currency!: string;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
