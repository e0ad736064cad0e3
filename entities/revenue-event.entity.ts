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
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDate, GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Decimal, DecimalScalar, decimalTransformer } from "../src/graphql/decimal";
import { Alliance } from "./alliance.entity";
import { BenefitPlan } from "./benefit-plan.entity";
import { IpAsset } from "./ip-asset.entity";
import { Project } from "./project.entity";
import { User } from "./user.entity";

export enum RevenueKind {
  LICENSE_ROYALTY = "LICENSE_ROYALTY",
  TRANSFER_FEE = "TRANSFER_FEE",
  PRODUCT_SALES = "PRODUCT_SALES",
  OTHER = "OTHER",
}
registerEnumType(RevenueKind, {
  name: "RevenueKind",
  description: "What income from results comes from (转化收益).",
  valuesConfig: {
    LICENSE_ROYALTY: { description: "Royalties from a license." },
    TRANSFER_FEE: { description: "The price of a transfer." },
    PRODUCT_SALES: { description: "Sales of products using the result." },
    OTHER: { description: "Anything else." },
  },
});

/**
 * Income from commercializing a project's results or an IP asset, distributed when recorded
 * under the plan then in force. Immutable (a database trigger refuses updates and deletes): a
 * correction is a new, negative event. The client's idempotency key is unique per alliance.
 */
@ObjectType({
  implements: Node,
  description:
    "Income from commercializing a project's results or an IP asset, distributed when recorded under the plan then in force. Immutable (a database trigger refuses updates and deletes): a correction is a new, negative event. The client's idempotency key is unique per alliance.",
})
@Entity()
@Unique("revenue_event_idempotency_key_unique", ["allianceId", "idempotencyKey"])
@Check("revenue_event_one_subject", `num_nonnulls("project_id", "ip_asset_id") = 1`)
@Check("revenue_event_amount_not_zero", `"amount" <> 0`)
@Index(["allianceId", "receivedOn"])
export class RevenueEvent extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "RESTRICT" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  @Index()
  @Column({ type: "uuid", nullable: true })
  projectId!: string | null;

  @ManyToOne(() => Project, { onDelete: "RESTRICT" })
  @JoinColumn()
  project?: Relation<Project>;

  @Index()
  @Column({ type: "uuid", nullable: true })
  ipAssetId!: string | null;

  @ManyToOne(() => IpAsset, { onDelete: "RESTRICT" })
  @JoinColumn()
  ipAsset?: Relation<IpAsset>;

  /** The plan in force when the event was recorded: its lines follow it. */
  @Index()
  @Column({ type: "uuid" })
  planId!: string;

  @ManyToOne(() => BenefitPlan, { onDelete: "RESTRICT" })
  @JoinColumn()
  plan?: Relation<BenefitPlan>;

  @Field(() => RevenueKind, { description: "What the income is." })
  @Column({ type: "enum", enum: RevenueKind, enumName: "revenue_kind" })
  kind!: RevenueKind;

  /** Negative for a correction. */
  @Field(() => DecimalScalar, { description: "Negative for a correction." })
  @Column({ type: "numeric", precision: 20, scale: 2, transformer: decimalTransformer })
  amount!: Decimal;

  @Field({ description: "ISO 4217 code." })
  @Column({ type: "char", length: 3, default: "CNY" })
  currency!: string;

  @Field(() => GraphQLDate, { description: "When it was received." })
  @Column({ type: "date" })
  receivedOn!: string;

  @Field({ description: "The client's key: recording it again returns this event." })
  @Column({ length: 200 })
  idempotencyKey!: string;

  @Column({ type: "uuid", nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  recordedBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
