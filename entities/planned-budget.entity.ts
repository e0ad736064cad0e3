import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Decimal, DecimalScalar, decimalTransformer } from "../src/graphql/decimal";
import { ExpenseCategory } from "./expense.entity";
import { Organization } from "./organization.entity";
import { WorkPackage } from "./work-package.entity";

/** The money a participant plans to spend on a work package in one cost category (direct costs). */
@ObjectType({ description: "The direct costs a participant plans for a work package in one cost category." })
@Entity()
@Unique("planned_budget_unique", ["workPackageId", "organizationId", "category"])
@Check("planned_budget_positive", `"amount" > 0`)
export class PlannedBudget {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  workPackageId!: string;

  @ManyToOne(() => WorkPackage, { onDelete: "CASCADE" })
  @JoinColumn()
  workPackage?: Relation<WorkPackage>;

  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Field(() => ExpenseCategory, { description: "The cost category." })
  @Column({ type: "enum", enum: ExpenseCategory, enumName: "expense_category" })
  category!: ExpenseCategory;

  @Field(() => DecimalScalar, { description: "The planned amount, in the project's currency; greater than zero." })
  @Column({ type: "numeric", precision: 20, scale: 2, transformer: decimalTransformer })
  amount!: Decimal;
}
