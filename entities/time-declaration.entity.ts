import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Decimal, DecimalScalar, decimalTransformer } from "../src/graphql/decimal";
import { Organization } from "./organization.entity";
import { Project } from "./project.entity";
import { User } from "./user.entity";
import { WorkPackage } from "./work-package.entity";

export enum TimeDeclarationStatus {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}
registerEnumType(TimeDeclarationStatus, {
  name: "TimeDeclarationStatus",
  description: "PENDING until another ORG_ADMIN of the person's organization approves or rejects it; APPROVED is final.",
  valuesConfig: {
    PENDING: { description: "Declared, waiting for a decision." },
    APPROVED: { description: "Approved: counts as effort and personnel cost, and never changes again." },
    REJECTED: { description: "Refused; the month may be declared again." },
  },
});

/**
 * The hours a person worked on one work package in one month (Art. 8.4: internal supervision of
 * the effort charged to a project). Declared by the person, decided by a different ORG_ADMIN of
 * the same organization; approved declarations are immutable.
 */
@ObjectType({ implements: Node, description: "The hours a person worked on one work package in one month." })
@Entity()
@Check("time_declaration_hours", `"hours" > 0 AND "hours" <= 744`)
@Check("time_declaration_month", `"month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
@Check("time_declaration_four_eyes", `"decided_by_id" IS DISTINCT FROM "user_id" OR "decided_by_id" IS NULL`)
@Index("time_declaration_once", ["userId", "workPackageId", "month"], { unique: true, where: `"status" <> 'REJECTED'` })
@Index(["projectId", "month"])
export class TimeDeclaration extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn()
  user?: Relation<User>;

  /** The person's organization when they declared. */
  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column({ type: "uuid" })
  workPackageId!: string;

  @ManyToOne(() => WorkPackage, { onDelete: "RESTRICT" })
  @JoinColumn()
  workPackage?: Relation<WorkPackage>;

  /** The work package's project, copied so visibility is one join away. */
  @Column({ type: "uuid" })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: "RESTRICT" })
  @JoinColumn()
  project?: Relation<Project>;

  @Field({ description: "The month worked, YYYY-MM." })
  @Column({ type: "char", length: 7 })
  month!: string;

  @Field(() => DecimalScalar, { description: "Hours worked on the work package that month (more than 0, at most 744)." })
  @Column({ type: "numeric", precision: 6, scale: 2, transformer: decimalTransformer })
  hours!: Decimal;

  @Field(() => TimeDeclarationStatus, { description: "Where the declaration stands." })
  @Column({ type: "enum", enum: TimeDeclarationStatus, enumName: "time_declaration_status", default: TimeDeclarationStatus.PENDING })
  status!: TimeDeclarationStatus;

  @Column({ type: "uuid", nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  decidedBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was approved or rejected." })
  @Column({ type: "timestamptz", nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The reason given with the decision." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  reason!: string | null;

  @Field(() => GraphQLDateTime, { description: "When it was declared (UTC)." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
