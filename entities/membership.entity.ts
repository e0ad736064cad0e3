import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Alliance } from "./alliance.entity";
import { Organization } from "./organization.entity";
import { User } from "./user.entity";

export enum MembershipRole {
  LEAD = "LEAD",
  COUNCIL = "COUNCIL",
  MEMBER = "MEMBER",
}
registerEnumType(MembershipRole, {
  name: "MembershipRole",
  description: "An organization's place in the alliance.",
  valuesConfig: {
    LEAD: { description: "The lead organization (牵头单位)." },
    COUNCIL: { description: "Holds a council seat." },
    MEMBER: { description: "A member organization (成员单位)." },
  },
});

export enum MembershipStatus {
  APPLIED = "APPLIED",
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  WITHDRAWN = "WITHDRAWN",
  REJECTED = "REJECTED",
}
registerEnumType(MembershipStatus, {
  name: "MembershipStatus",
  description: "Where a membership stands.",
  valuesConfig: {
    APPLIED: { description: "Applied; awaiting the secretariat's decision." },
    ACTIVE: { description: "A member." },
    SUSPENDED: { description: "Membership suspended." },
    WITHDRAWN: { description: "Left the alliance." },
    REJECTED: { description: "The application was refused." },
  },
});

/** Statuses in which a membership is still open: at most one open membership per organization and alliance. */
export const OPEN_MEMBERSHIP_STATUSES = [MembershipStatus.APPLIED, MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED];

/**
 * An organization's membership of an alliance. Members apply and the secretariat admits or
 * rejects them (open development, Art. 8.6); a rejected or withdrawn organization may apply again.
 */
@ObjectType({
  implements: Node,
  description:
    "An organization's membership of an alliance. Members apply and the secretariat admits or rejects them (open development, Art. 8.6); a rejected or withdrawn organization may apply again.",
})
@Entity()
@Index("membership_open_unique", ["allianceId", "organizationId"], {
  unique: true,
  where: "status IN ('APPLIED', 'ACTIVE', 'SUSPENDED')",
})
export class Membership extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "CASCADE" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  @Index()
  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Field(() => MembershipRole, { description: "Its place in the alliance." })
  @Column({ type: "enum", enum: MembershipRole, enumName: "membership_role", default: MembershipRole.MEMBER })
  role!: MembershipRole;

  @Field(() => MembershipStatus, { description: "Where the membership stands." })
  @Column({ type: "enum", enum: MembershipStatus, enumName: "membership_status", default: MembershipStatus.APPLIED })
  status!: MembershipStatus;

  @Field(() => GraphQLDateTime, { description: "When the organization applied." })
  @CreateDateColumn({ type: "timestamptz" })
  appliedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When the secretariat admitted or rejected it." })
  @Column({ type: "timestamptz", nullable: true })
  decidedAt!: Date | null;

  @Column({ type: "uuid", nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  decidedBy?: Relation<User>;

  @Field(() => String, { nullable: true, description: "The reason given with the last decision or status change." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  reason!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it left (withdrawn)." })
  @Column({ type: "timestamptz", nullable: true })
  endedAt!: Date | null;
}
