import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { GraphQLDate, GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Decimal, DecimalScalar, decimalTransformer } from "../src/graphql/decimal";
import { Alliance } from "./alliance.entity";
import { BenefitPlan } from "./benefit-plan.entity";
import { Organization } from "./organization.entity";
import { RevenueEvent } from "./revenue-event.entity";

/**
 * One share-holder's part of a revenue event, rounded to the cent by the largest-remainder
 * method so the lines of an event add up to its amount exactly. Immutable. The event's alliance,
 * subject, currency and date are copied here so lines filter and aggregate without joins.
 */
@ObjectType({
  implements: Node,
  description:
    "One share-holder's part of a revenue event, rounded to the cent by the largest-remainder method so the lines of an event add up to its amount exactly. Immutable. The event's alliance, subject, currency and date are copied here so lines filter and aggregate without joins.",
})
@Entity()
@Unique("distribution_event_organization_unique", ["revenueEventId", "organizationId"])
@Index(["organizationId", "receivedOn"])
@Index(["allianceId", "receivedOn"])
export class Distribution extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  revenueEventId!: string;

  @ManyToOne(() => RevenueEvent, { onDelete: "RESTRICT" })
  @JoinColumn()
  revenueEvent?: Relation<RevenueEvent>;

  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "RESTRICT" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column({ type: "uuid" })
  planId!: string;

  @ManyToOne(() => BenefitPlan, { onDelete: "RESTRICT" })
  @JoinColumn()
  plan?: Relation<BenefitPlan>;

  @Index()
  @Column({ type: "uuid", nullable: true })
  projectId!: string | null;

  @Index()
  @Column({ type: "uuid", nullable: true })
  ipAssetId!: string | null;

  /** The holder's share under the plan, 10000 = 100%. */
  @Field(() => Int, { description: "The holder's share under the plan, 10000 = 100%." })
  @Column({ type: "int" })
  basisPoints!: number;

  @Field(() => DecimalScalar, { description: "The organization's share of the income, exact." })
  @Column({ type: "numeric", precision: 20, scale: 2, transformer: decimalTransformer })
  amount!: Decimal;

  @Field({ description: "ISO 4217 code." })
  @Column({ type: "char", length: 3 })
  currency!: string;

  @Field(() => GraphQLDate, { description: "When the income was received." })
  @Column({ type: "date" })
  receivedOn!: string;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
