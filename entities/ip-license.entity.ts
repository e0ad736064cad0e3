import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDate, GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { IpAsset } from "./ip-asset.entity";
import { Organization } from "./organization.entity";
import { User } from "./user.entity";

export enum LicenseScope {
  /** 独占许可: only the licensee may exploit, not even the owners. */
  EXCLUSIVE = "EXCLUSIVE",
  /** 排他许可: the licensee and the owners, nobody else. */
  SOLE = "SOLE",
  /** 普通许可. */
  NON_EXCLUSIVE = "NON_EXCLUSIVE",
}
registerEnumType(LicenseScope, {
  name: "LicenseScope",
  description: "How exclusive a license is.",
  valuesConfig: {
    EXCLUSIVE: { description: "Only the licensee may use it, not even the owners." },
    SOLE: { description: "The licensee and the owners may use it." },
    NON_EXCLUSIVE: { description: "Others may be licensed too." },
  },
});

/**
 * A license of an IP asset to a member or an outside organization. Its terms (and royalty terms)
 * are visible to the owners, the secretariat, analysts and the licensee only (DESIGN.md §3).
 */
@ObjectType({
  implements: Node,
  description:
    "A license of an IP asset to a member or an outside organization. Its terms (and royalty terms) are visible to the owners, the secretariat, analysts and the licensee only (DESIGN.md §3).",
})
@Entity()
@Check("ip_license_term", "end_date IS NULL OR end_date >= start_date")
export class IpLicense extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  ipAssetId!: string;

  @ManyToOne(() => IpAsset, { onDelete: "CASCADE" })
  @JoinColumn()
  ipAsset?: Relation<IpAsset>;

  @Index()
  @Column({ type: "uuid" })
  licenseeId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  licensee?: Relation<Organization>;

  @Field(() => LicenseScope, { description: "Exclusive, sole or non-exclusive." })
  @Column({ type: "enum", enum: LicenseScope, enumName: "license_scope" })
  scope!: LicenseScope;

  @Field({ description: "What the licensee may use it for." })
  @Column({ length: 200 })
  fieldOfUse!: string;

  /** A country or region code, or e.g. "WORLDWIDE"; compared case-insensitively. */
  @Field({ description: 'A country or region code, or e.g. "WORLDWIDE"; compared case-insensitively.' })
  @Column({ length: 100 })
  territory!: string;

  @Field(() => GraphQLDate, { description: "From when." })
  @Column({ type: "date" })
  startDate!: string;

  @Field(() => GraphQLDate, { nullable: true, description: "Null: until the right ends." })
  @Column({ type: "date", nullable: true })
  endDate!: string | null;

  @Field({ description: "What the licensee pays." })
  @Column({ type: "text", default: "" })
  royaltyTerms!: string;

  @Column({ type: "uuid", nullable: true })
  grantedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  grantedBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
