import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../src/graphql/node";
import { IpAsset } from "./ip-asset.entity";
import { Organization } from "./organization.entity";

/** An organization's share of an IP asset, in basis points; an asset's shares total exactly 10000. */
@ObjectType({
  implements: Node,
  description: "An organization's share of an IP asset, in basis points; an asset's shares total exactly 10000.",
})
@Entity()
@Unique("ip_owner_unique", ["ipAssetId", "organizationId"])
@Check("ip_owner_basis_points", "basis_points BETWEEN 1 AND 10000")
export class IpOwner extends Node {
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
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  /** 10000 = 100%. */
  @Field(() => Int, { description: "10000 = 100%." })
  @Column({ type: "int" })
  basisPoints!: number;
}
