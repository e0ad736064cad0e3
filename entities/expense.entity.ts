import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDate, GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Decimal, DecimalScalar, decimalTransformer } from "../src/graphql/decimal";
import { FundingSource } from "./funding-source.entity";
import { Organization } from "./organization.entity";
import { Project } from "./project.entity";
import { User } from "./user.entity";
import { WorkPackage } from "./work-package.entity";

export enum ExpenseStatus {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}
registerEnumType(ExpenseStatus, {
  name: "ExpenseStatus",
  description: "Where an expense request stands.",
  valuesConfig: {
    PENDING: { description: "Awaiting the secretariat's decision." },
    APPROVED: { description: "Approved; counts against the funding source." },
    REJECTED: { description: "Refused." },
  },
});

/** Cost categories of a work plan's budget; indirect costs are a flat rate on top (see Project.indirectCostRate). */
export enum ExpenseCategory {
  PERSONNEL = "PERSONNEL",
  TRAVEL = "TRAVEL",
  EQUIPMENT = "EQUIPMENT",
  CONSUMABLES = "CONSUMABLES",
  SUBCONTRACTING = "SUBCONTRACTING",
  OTHER = "OTHER",
}
registerEnumType(ExpenseCategory, {
  name: "ExpenseCategory",
  description: "A direct cost category. Indirect costs are a flat rate of the direct costs without SUBCONTRACTING.",
  valuesConfig: {
    PERSONNEL: { description: "Staff costs (approved time declarations are counted here too)." },
    TRAVEL: { description: "Travel and subsistence." },
    EQUIPMENT: { description: "Instruments and equipment." },
    CONSUMABLES: { description: "Materials and consumables." },
    SUBCONTRACTING: { description: "Work bought from third parties (no indirect costs on it)." },
    OTHER: { description: "Other direct costs." },
  },
});

/**
 * Spending from a funding source. Internal supervision (Art. 8.4): requested by one user,
 * approved or rejected by a different user holding the secretariat role.
 */
@ObjectType({
  implements: Node,
  description:
    "Spending from a funding source. Internal supervision (Art. 8.4): requested by one user, approved or rejected by a different user holding the secretariat role.",
})
@Entity()
@Check("expense_amount_positive", `"amount" > 0`)
@Check("expense_decider_not_requester", `"decided_by_id" IS DISTINCT FROM "requested_by_id" OR "decided_by_id" IS NULL`)
@Index(["fundingSourceId", "status"])
export class Expense extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  fundingSourceId!: string;

  @ManyToOne(() => FundingSource, { onDelete: "RESTRICT" })
  @JoinColumn()
  fundingSource?: Relation<FundingSource>;

  /** The source's project, copied so visibility is one join away. */
  @Index()
  @Column({ type: "uuid" })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: "RESTRICT" })
  @JoinColumn()
  project?: Relation<Project>;

  @Field(() => DecimalScalar, { description: "How much, exact." })
  @Column({ type: "numeric", precision: 20, scale: 2, transformer: decimalTransformer })
  amount!: Decimal;

  @Field({ description: "ISO 4217 code." })
  @Column({ type: "char", length: 3 })
  currency!: string;

  @Field(() => ExpenseCategory, { description: "The cost category it is charged to." })
  @Column({ type: "enum", enum: ExpenseCategory, enumName: "expense_category" })
  category!: ExpenseCategory;

  /** The work package charged, if any (an expense may predate the work plan). */
  @Index()
  @Column({ type: "uuid", nullable: true })
  workPackageId!: string | null;

  @ManyToOne(() => WorkPackage, { onDelete: "RESTRICT" })
  @JoinColumn()
  workPackage?: Relation<WorkPackage>;

  /** The day the cost was incurred: the reporting period it belongs to (Art. 8.4). */
  @Field(() => GraphQLDate, { description: "The day the cost was incurred, which decides its reporting period." })
  @Index()
  @Column({ type: "date" })
  incurredOn!: string;

  @Field({ description: "What it is for." })
  @Column({ length: 2000, default: "" })
  description!: string;

  @Field(() => ExpenseStatus, { description: "Where it stands." })
  @Column({ type: "enum", enum: ExpenseStatus, enumName: "expense_status", default: ExpenseStatus.PENDING })
  status!: ExpenseStatus;

  @Column({ type: "uuid", nullable: true })
  requestedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  requestedBy?: Relation<User>;

  /** The requester's organization (a participant of the project). */
  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column({ type: "uuid", nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  decidedBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was decided." })
  @Column({ type: "timestamptz", nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The reason given with the decision." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  reason!: string | null;

  @Field(() => GraphQLDateTime, { description: "When it was requested." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
