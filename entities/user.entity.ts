import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Organization } from "./organization.entity";

export enum OrgRole {
  ORG_ADMIN = "ORG_ADMIN",
  MEMBER = "MEMBER",
}
registerEnumType(OrgRole, {
  name: "OrgRole",
  description: "A user's role in their own organization.",
  valuesConfig: {
    ORG_ADMIN: { description: "Manages the organization's users and acts for it in the alliance." },
    MEMBER: { description: "A plain user." },
  },
});

export enum PlatformRole {
  ADMIN = "ADMIN",
  USER = "USER",
}
registerEnumType(PlatformRole, {
  name: "PlatformRole",
  description: "A user's role on this platform.",
  valuesConfig: {
    ADMIN: { description: "Platform administrator: creates organizations, alliances and users." },
    USER: { description: "Anyone else." },
  },
});

/** A person working for one organization; platform staff may have none. */
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "A person working for one organization; platform staff may have none.",
})
@Entity()
@Unique("user_email_unique", ["email"])
export class User extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  /** Stored lower-cased: addresses are unique regardless of case. */
  @Field({ description: "Stored lower-cased: addresses are unique regardless of case." })
  @Column({ length: 254 })
  email!: string;

  @Field({ description: "Their name." })
  @Column({ length: 100 })
  name!: string;

  /** scrypt hash in PHC-like form; never exposed. */
  @Column({ length: 255 })
  passwordHash!: string;

  @Index()
  @Column({ type: "uuid", nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Field(() => OrgRole, { description: "Their role in their organization." })
  @Column({ type: "enum", enum: OrgRole, enumName: "org_role", default: OrgRole.MEMBER })
  orgRole!: OrgRole;

  /** May sign agreements on the organization's behalf (Art. 8.2). */
  @Field({ description: "May sign agreements on the organization's behalf (Art. 8.2)." })
  @Column({ default: false })
  isLegalRepresentative!: boolean;

  @Field(() => PlatformRole, { description: "Their role on the platform." })
  @Column({ type: "enum", enum: PlatformRole, enumName: "platform_role", default: PlatformRole.USER })
  platformRole!: PlatformRole;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
