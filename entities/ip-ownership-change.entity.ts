import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Alliance } from "./alliance.entity";
import { IpAsset } from "./ip-asset.entity";
import { Organization } from "./organization.entity";
import { User } from "./user.entity";

export enum IpOwnershipChangeStatus {
  /** Proposed; waiting for an ORG_ADMIN of every current and every proposed owner. */
  PENDING = "PENDING",
  /** Approved by all of them: the proposed owners replaced the owners. */
  APPLIED = "APPLIED",
  /** An organization whose approval was required refused it. */
  REJECTED = "REJECTED",
  /** Withdrawn by the user who proposed it. */
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(IpOwnershipChangeStatus, {
  name: "IpOwnershipChangeStatus",
  description: "Where a proposed change of an IP asset's owners stands.",
  valuesConfig: {
    PENDING: { description: "Proposed; waiting for an ORG_ADMIN of every current and every proposed owner." },
    APPLIED: { description: "Approved by all of them: the proposed owners replaced the owners." },
    REJECTED: { description: "An organization whose approval was required refused it." },
    WITHDRAWN: { description: "Withdrawn by the user who proposed it." },
  },
});

/** One owner's share as a change proposes it, or as the owners stood when it was proposed. */
export interface OwnerShareRow {
  organizationId: string;
  basisPoints: number;
}

/**
 * A proposed replacement of a co-owned IP asset's owners (Art. 8.5: ownership rules are agreed
 * by the parties). It applies only when an ORG_ADMIN of every current owner and every proposed
 * owner has approved, and only if the owners are still those it was proposed against
 * (`baseOwners`); the approvals and the one refusal that may end it are ip_ownership_decision rows.
 */
@ObjectType({ implements: Node, description: "A proposed change of an IP asset's owners, applied once every owner involved approves." })
@Entity()
export class IpOwnershipChange extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "RESTRICT" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  @Index()
  @Column({ type: "uuid" })
  ipAssetId!: string;

  @ManyToOne(() => IpAsset, { onDelete: "CASCADE" })
  @JoinColumn()
  ipAsset?: Relation<IpAsset>;

  @Field(() => IpOwnershipChangeStatus, { description: "PENDING until applied, rejected or withdrawn." })
  @Column({ type: "enum", enum: IpOwnershipChangeStatus, enumName: "ip_ownership_change_status", default: IpOwnershipChangeStatus.PENDING })
  status!: IpOwnershipChangeStatus;

  /** The owners proposed: distinct organizations, basis points totalling 10000. */
  @Column({ type: "jsonb" })
  owners!: OwnerShareRow[];

  /** The owners when it was proposed; it applies only while they are still the owners. */
  @Column({ type: "jsonb" })
  baseOwners!: OwnerShareRow[];

  /** Every current (base) and every proposed owner: whose ORG_ADMIN must approve. */
  @Column({ type: "uuid", array: true })
  approverOrganizationIds!: string[];

  @Column({ type: "uuid", nullable: true })
  proposedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  proposedBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { description: "When it was proposed." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was applied, rejected or withdrawn." })
  @Column({ type: "timestamptz", nullable: true })
  decidedAt!: Date | null;
}

/** One organization's answer to a proposed change: an approval, or the refusal that rejects it. */
@Entity()
@Unique("ip_ownership_decision_organization_unique", ["changeId", "organizationId"])
export class IpOwnershipDecision {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  changeId!: string;

  @ManyToOne(() => IpOwnershipChange, { onDelete: "CASCADE" })
  @JoinColumn()
  change?: Relation<IpOwnershipChange>;

  @Index()
  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column()
  approve!: boolean;

  @Column({ type: "uuid", nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  decidedBy?: Relation<User>;

  @Column({ type: "timestamptz", default: () => "now()" })
  decidedAt!: Date;
}
