import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { BenefitPlan } from "./benefit-plan.entity";
import { Organization } from "./organization.entity";
import { User } from "./user.entity";

/** One organization's share of a benefit plan, in basis points, and its approval of the plan. */
@ObjectType({ implements: Node, description: "One organization's share of a benefit plan, in basis points, and its approval of the plan." })
@Entity()
@Unique("benefit_share_organization_unique", ["planId", "organizationId"])
@Check("benefit_share_basis_points_range", `"basis_points" BETWEEN 1 AND 10000`)
export class BenefitShare extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  planId!: string;

  @ManyToOne(() => BenefitPlan, { onDelete: "CASCADE" })
  @JoinColumn()
  plan?: Relation<BenefitPlan>;

  @Index()
  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  /** 10000 = 100%. */
  @Field(() => Int, { description: "10000 = 100%." })
  @Column({ type: "int" })
  basisPoints!: number;

  @Column({ type: "uuid", nullable: true })
  approvedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  approvedBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When the organization's ORG_ADMIN approved the plan." })
  @Column({ type: "timestamptz", nullable: true })
  approvedAt!: Date | null;
}
