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
registerEnumType(OrganizationType, {
  name: "OrganizationType",
  description: "What kind of independent legal entity (法人) an organization is.",
  valuesConfig: {
    ENTERPRISE: { description: "A company." },
    UNIVERSITY: { description: "A university." },
    RESEARCH_INSTITUTE: { description: "A research institute." },
    OTHER: { description: "Any other legal entity." },
  },
});

/**
 * An independent legal entity (Art. 8.1). Organizations exist independently of alliances:
 * a licensee outside the alliance is an organization with no membership.
 */
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    "An independent legal entity (Art. 8.1). Organizations exist independently of alliances: a licensee outside the alliance is an organization with no membership.",
})
@Entity()
@Unique("organization_credit_code_unique", ["creditCode"])
export class Organization extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "Its registered name." })
  @Column({ length: 200 })
  name!: string;

  @Field(() => OrganizationType, { description: "Enterprise, university, research institute or other." })
  @Column({ type: "enum", enum: OrganizationType, enumName: "organization_type" })
  type!: OrganizationType;

  /** Unified social credit code (GB 32100-2015), upper case, check character verified. */
  @Field({ description: "Unified social credit code (GB 32100-2015), upper case, check character verified." })
  @Column({ type: "char", length: 18 })
  creditCode!: string;

  @Field({ description: "Its legal representative (法定代表人)." })
  @Column({ length: 100 })
  legalRepresentative!: string;

  @Field({ description: "Where it is registered." })
  @Column({ length: 100 })
  region!: string;

  /** An enterprise holding a backbone position in its industry (Art. 8.1). */
  @Field({ description: "An enterprise holding a backbone position in its industry (Art. 8.1)." })
  @Column({ default: false })
  industryBackbone!: boolean;

  @Field(() => DecimalScalar, {
    description: "Productive hours of one person in a year (default 1720): one person-month is a twelfth of it.",
  })
  @Column({ type: "numeric", precision: 7, scale: 2, default: 1720, transformer: decimalTransformer })
  productiveHoursPerYear!: Decimal;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
