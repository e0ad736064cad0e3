import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { GraphQLDate, GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Decimal, DecimalScalar, decimalTransformer } from "../src/graphql/decimal";
import { Organization } from "./organization.entity";
import { User } from "./user.entity";

/**
 * What one person-month of a person costs their organization from a day on, until the next
 * rate of the same person. Confidential: the person's organization and the secretariat only.
 */
@ObjectType({ implements: Node, description: "A person's monthly personnel cost from a date on (confidential)." })
@Entity()
@Unique("personnel_rate_unique", ["userId", "validFrom"])
@Check("personnel_rate_positive", `"monthly_rate" > 0`)
export class PersonnelRate extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn()
  user?: Relation<User>;

  /** The person's organization, which pays the rate. */
  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Field(() => GraphQLDate, { description: "The first day the rate applies." })
  @Column({ type: "date" })
  validFrom!: string;

  @Field(() => DecimalScalar, { description: "The cost of one person-month, in CNY." })
  @Column({ type: "numeric", precision: 20, scale: 2, transformer: decimalTransformer })
  monthlyRate!: Decimal;

  @Column({ type: "uuid", nullable: true })
  setById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  setBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { description: "When it was set (UTC)." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
