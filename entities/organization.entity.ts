import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Decimal, DecimalScalar, decimalTransformer } from "../src/graphql/decimal";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";

export enum OrganizationType {
  ENTERPRISE = "ENTERPRISE",
  UNIVERSITY = "UNIVERSITY",
  RESEARCH_INSTITUTE = "RESEARCH_INSTITUTE",
  OTHER = "OTHER",
}
registerEnumType(OrganizationType, { name: "OrganizationType" });

/**
 * An independent legal entity (Art. 8.1). Organizations exist independently of alliances:
 * a licensee outside the alliance is an organization with no membership.
 */
@ObjectType({ implements: Node, simpleResolvers: true })
@Entity()
@Unique("organization_credit_code_unique", ["creditCode"])
export class Organization extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field()
  @Column({ length: 200 })
  name!: string;

  @Field(() => OrganizationType)
  @Column({ type: "enum", enum: OrganizationType, enumName: "organization_type" })
  type!: OrganizationType;

  /** Unified social credit code (GB 32100-2015), upper case, check character verified. */
  @Field()
  @Column({ type: "char", length: 18 })
  creditCode!: string;

  @Field()
  @Column({ length: 100 })
  legalRepresentative!: string;

  @Field()
  @Column({ length: 100 })
  region!: string;

  /** An enterprise holding a backbone position in its industry (Art. 8.1). */
  @Field()
  @Column({ default: false })
  industryBackbone!: boolean;

  @Field(() => DecimalScalar, {
    description: "Productive hours of one person in a year (default 1720): one person-month is a twelfth of it.",
  })
  @Column({ type: "numeric", precision: 7, scale: 2, default: 1720, transformer: decimalTransformer })
  productiveHoursPerYear!: Decimal;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
