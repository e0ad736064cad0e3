import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Decimal, DecimalScalar, decimalTransformer } from "../src/graphql/decimal";
import { Organization } from "./organization.entity";
import { WorkPackage } from "./work-package.entity";

/** The effort a participant plans to put into a work package, in person-months. */
@ObjectType({ description: "The effort a participant plans for a work package." })
@Entity()
@Unique("planned_effort_unique", ["workPackageId", "organizationId"])
@Check("planned_effort_positive", `"person_months" > 0`)
export class PlannedEffort {
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

  @Field(() => DecimalScalar, { description: "Person-months, greater than zero." })
  @Column({ type: "numeric", precision: 10, scale: 2, transformer: decimalTransformer })
  personMonths!: Decimal;
}
