import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { AgreementVersion } from "./agreement-version.entity";
import { Organization } from "./organization.entity";
import { User } from "./user.entity";

/**
 * An organization that must sign a version: the ACTIVE members (alliance agreement) or the current
 * participants (project agreement) when it was opened, kept up to date while it is open or in force
 * (a newly admitted member is added; a member that leaves gets `removedAt`).
 */
@Entity()
@Unique("agreement_party_unique", ["versionId", "organizationId"])
export class AgreementParty {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  versionId!: string;

  @ManyToOne(() => AgreementVersion, { onDelete: "CASCADE" })
  @JoinColumn()
  version?: Relation<AgreementVersion>;

  @Index()
  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @CreateDateColumn({ type: "timestamptz" })
  addedAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  removedAt!: Date | null;
}

/**
 * A party's signature of one version, given by a legal representative of the party organization
 * (Art. 8.2). One per party and version; it repeats the hash of the terms that were signed.
 */
@ObjectType({
  implements: Node,
  description:
    "A party's signature of one version, given by a legal representative of the party organization (Art. 8.2). One per party and version; it repeats the hash of the terms that were signed.",
})
@Entity()
@Unique("agreement_signature_party_unique", ["versionId", "organizationId"])
export class AgreementSignature extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  versionId!: string;

  @ManyToOne(() => AgreementVersion, { onDelete: "CASCADE" })
  @JoinColumn()
  version?: Relation<AgreementVersion>;

  @Index()
  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column({ type: "uuid" })
  signerId!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn()
  signer?: Relation<User>;

  @Field({ description: "SHA-256 of the terms signed: the version's textHash at signing." })
  @Column({ type: "char", length: 64 })
  textHash!: string;

  @Field(() => GraphQLDateTime, { description: "When the legal representative signed." })
  @CreateDateColumn({ type: "timestamptz" })
  signedAt!: Date;
}
