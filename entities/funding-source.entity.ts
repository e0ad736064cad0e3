import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Decimal, DecimalScalar, decimalTransformer } from "../src/graphql/decimal";
import { Project } from "./project.entity";
import { User } from "./user.entity";

export enum FundingKind {
  /** Government money: supervised, reported apart, and its results must be diffused (Art. 8.4, 8.6). */
  GOVERNMENT = "GOVERNMENT",
  MEMBER_CONTRIBUTION = "MEMBER_CONTRIBUTION",
  BANK_LOAN = "BANK_LOAN",
  GUARANTEE = "GUARANTEE",
  OTHER = "OTHER",
}
registerEnumType(FundingKind, {
  name: "FundingKind",
  description: "Where money for a project comes from (经费).",
  valuesConfig: {
    GOVERNMENT: { description: "A government grant; its use is supervised by the authorities (Art. 8.4)." },
    MEMBER_CONTRIBUTION: { description: "Contributed by member organizations." },
    BANK_LOAN: { description: "A bank loan." },
    GUARANTEE: { description: "A guarantee." },
    OTHER: { description: "Anything else." },
  },
});

/** Money available to a project from one provider; approved expenses never exceed it (Art. 8.4). */
@ObjectType({
  implements: Node,
  description: "Money available to a project from one provider; approved expenses never exceed it (Art. 8.4).",
})
@Entity()
@Check("funding_source_amount_positive", `"amount" > 0`)
export class FundingSource extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: "RESTRICT" })
  @JoinColumn()
  project?: Relation<Project>;

  @Field(() => FundingKind, { description: "Where the money comes from." })
  @Column({ type: "enum", enum: FundingKind, enumName: "funding_kind" })
  kind!: FundingKind;

  /** Who provides the money, e.g. "Ministry of Science and Technology" or a bank. */
  @Field({ description: 'Who provides the money, e.g. "Ministry of Science and Technology" or a bank.' })
  @Column({ length: 300 })
  provider!: string;

  @Field(() => DecimalScalar, { description: "How much it provides, exact." })
  @Column({ type: "numeric", precision: 20, scale: 2, transformer: decimalTransformer })
  amount!: Decimal;

  @Field({ description: "ISO 4217 code." })
  @Column({ type: "char", length: 3, default: "CNY" })
  currency!: string;

  @Column({ type: "uuid", nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  createdBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
