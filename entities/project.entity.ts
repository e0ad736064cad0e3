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
import { Decimal, DecimalScalar, decimalTransformer } from "../src/graphql/decimal";
import { Alliance } from "./alliance.entity";

export enum ProjectStatus {
  PROPOSED = "PROPOSED",
  APPROVED = "APPROVED",
  ACTIVE = "ACTIVE",
  COMPLETED = "COMPLETED",
  TERMINATED = "TERMINATED",
}
registerEnumType(ProjectStatus, {
  name: "ProjectStatus",
  description: "A project's life cycle.",
  valuesConfig: {
    PROPOSED: { description: "Proposed." },
    APPROVED: { description: "Approved, not started." },
    ACTIVE: { description: "Running." },
    COMPLETED: { description: "Finished." },
    TERMINATED: { description: "Stopped early." },
  },
});

export enum ProjectVisibility {
  /** Users of participant organizations (and the secretariat and analysts). */
  PARTICIPANTS = "PARTICIPANTS",
  /** Everyone who sees the alliance's directory. */
  ALLIANCE = "ALLIANCE",
}
registerEnumType(ProjectVisibility, {
  name: "ProjectVisibility",
  description: "Who in the alliance sees a project.",
  valuesConfig: {
    PARTICIPANTS: { description: "Its participants, the secretariat and analysts only." },
    ALLIANCE: { description: "Every member of the alliance." },
  },
});

/** A joint R&D project of the alliance's members. */
@ObjectType({ implements: Node, simpleResolvers: true, description: "A joint R&D project of the alliance's members." })
@Entity()
@Unique("project_code_unique", ["allianceId", "code"])
@Check("project_indirect_cost_rate", `"indirect_cost_rate" BETWEEN 0 AND 10000`)
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

  @Field({ description: "Its title." })
  @Column({ length: 300 })
  title!: string;

  @Field({ description: "What it does." })
  @Column({ type: "text", default: "" })
  summary!: string;

  @Field(() => ProjectStatus, { description: "Where it stands." })
  @Column({ type: "enum", enum: ProjectStatus, enumName: "project_status", default: ProjectStatus.PROPOSED })
  status!: ProjectStatus;

  @Field(() => ProjectVisibility, { description: "Who in the alliance sees it." })
  @Column({ type: "enum", enum: ProjectVisibility, enumName: "project_visibility", default: ProjectVisibility.PARTICIPANTS })
  visibility!: ProjectVisibility;

  @Field(() => GraphQLDate, { nullable: true, description: "When it starts." })
  @Column({ type: "date", nullable: true })
  startDate!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "When it ends." })
  @Column({ type: "date", nullable: true })
  endDate!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "The planned budget." })
  @Column({ type: "numeric", precision: 20, scale: 2, nullable: true, transformer: decimalTransformer })
  budget!: Decimal | null;

  @Field({ defaultValue: "CNY", description: "The budget's ISO 4217 code." })
  @Column({ type: "char", length: 3, default: "CNY" })
  currency!: string;

  @Field(() => Int, {
    description: "Indirect costs as a flat rate of the direct costs without subcontracting, in basis points (2500 = 25%).",
  })
  @Column({ type: "int", default: 2500 })
  indirectCostRate!: number;

  @Field({
    description:
      "Whether the alliance's government supervisor sees the personnel rates of the people who declared time on it, when it is government-funded (Art. 8.4; default false).",
  })
  @Column({ default: false })
  supervisorSeesPersonnelRates!: boolean;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
