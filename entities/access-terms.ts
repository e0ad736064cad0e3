import { Column } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { DecimalScalar, decimalTransformer, type Decimal } from "../src/graphql/decimal";
import { GraphQLDate } from "../src/graphql/scalars";

/**
 * The terms of access rights to an IP asset, as an owner grants them: embedded in an access
 * request (the terms it was granted on) and in each owner's decision. Access for EXECUTION of a
 * project is royalty-free; access for EXPLOITATION is on the terms the owners grant.
 */
@ObjectType({ description: "Terms of access rights: royalty, field of use, duration and free text." })
export class AccessTerms {
  @Field(() => DecimalScalar, { nullable: true, description: 'Royalty as a percentage of `royaltyBasis`, e.g. "3.50" for 3.5%.' })
  @Column({ type: "numeric", precision: 5, scale: 2, nullable: true, transformer: decimalTransformer })
  royaltyRate!: Decimal | null;

  @Field(() => String, { nullable: true, description: 'What the royalty is a percentage of, e.g. "net sales".' })
  @Column({ type: "varchar", length: 200, nullable: true })
  royaltyBasis!: string | null;

  @Field(() => String, { nullable: true, description: "The field of use the access is limited to; null: any." })
  @Column({ type: "varchar", length: 200, nullable: true })
  fieldOfUse!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "The last day of access; null: no end date." })
  @Column({ type: "date", nullable: true })
  validUntil!: string | null;

  @Field(() => String, { nullable: true, description: "Further conditions, in words." })
  @Column({ type: "text", nullable: true })
  text!: string | null;
}
