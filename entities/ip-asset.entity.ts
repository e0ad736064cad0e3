import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDate, GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Alliance } from "./alliance.entity";
import { Project } from "./project.entity";
import { User } from "./user.entity";

export enum IpKind {
  INVENTION_PATENT = "INVENTION_PATENT",
  UTILITY_MODEL = "UTILITY_MODEL",
  DESIGN_PATENT = "DESIGN_PATENT",
  SOFTWARE_COPYRIGHT = "SOFTWARE_COPYRIGHT",
  TRADE_SECRET = "TRADE_SECRET",
  TECHNICAL_STANDARD = "TECHNICAL_STANDARD",
  OTHER = "OTHER",
}
registerEnumType(IpKind, {
  name: "IpKind",
  description: "Kinds of intellectual property (知识产权).",
  valuesConfig: {
    INVENTION_PATENT: { description: "Invention patent (发明专利)." },
    UTILITY_MODEL: { description: "Utility model patent (实用新型)." },
    DESIGN_PATENT: { description: "Design patent (外观设计)." },
    SOFTWARE_COPYRIGHT: { description: "Software copyright (软件著作权)." },
    TECHNICAL_STANDARD: { description: "A technical standard the alliance drafted." },
    TRADE_SECRET: { description: "Know-how kept secret." },
    OTHER: { description: "Anything else." },
  },
});

export enum IpStatus {
  DRAFT = "DRAFT",
  FILED = "FILED",
  GRANTED = "GRANTED",
  PUBLISHED = "PUBLISHED",
  LAPSED = "LAPSED",
  EXPIRED = "EXPIRED",
  ABANDONED = "ABANDONED",
}
registerEnumType(IpStatus, {
  name: "IpStatus",
  description: "Where an IP asset stands in its registration.",
  valuesConfig: {
    DRAFT: { description: "Recorded, not yet filed." },
    FILED: { description: "Application filed." },
    PUBLISHED: { description: "Application published." },
    GRANTED: { description: "Granted or registered." },
    LAPSED: { description: "Lapsed (fees unpaid)." },
    EXPIRED: { description: "Its term ended." },
    ABANDONED: { description: "Given up." },
  },
});

export enum DiffusionStatus {
  NOT_REQUIRED = "NOT_REQUIRED",
  PENDING = "PENDING",
  DIFFUSED = "DIFFUSED",
  OVERDUE = "OVERDUE",
}
registerEnumType(DiffusionStatus, {
  name: "DiffusionStatus",
  description: "Whether an IP asset still owes diffusion outside the alliance (Art. 8.6).",
  valuesConfig: {
    NOT_REQUIRED: { description: "Not government-funded: no diffusion owed." },
    PENDING: { description: "Owed, and not yet due." },
    OVERDUE: { description: "Owed, and past its due date." },
    DIFFUSED: { description: "Diffused (licensed to a non-member or disclosed)." },
  },
});

/** How a result was diffused outside the alliance (Art. 8.6). */
export enum DiffusionMethod {
  /** A license to an organization that is not a member of the alliance. */
  LICENSE_TO_NON_MEMBER = "LICENSE_TO_NON_MEMBER",
  /** Publication, an open standard, a public technology transfer fair, … with a reference. */
  PUBLIC_DISCLOSURE = "PUBLIC_DISCLOSURE",
}
registerEnumType(DiffusionMethod, {
  name: "DiffusionMethod",
  description: "How a government-funded result was diffused outside the alliance (Art. 8.6).",
  valuesConfig: {
    LICENSE_TO_NON_MEMBER: { description: "Licensed to an organization outside the alliance." },
    PUBLIC_DISCLOSURE: { description: "Made public." },
  },
});

/**
 * An IP right or result of the alliance's work. Its summary (title, kind, status, jurisdiction)
 * is visible to the alliance; owners, licenses and royalty terms are not (DESIGN.md §3), and a
 * trade secret is visible to its owners and the secretariat only.
 *
 * The stored `diffusionStatus` is NOT_REQUIRED, PENDING or DIFFUSED; OVERDUE is PENDING past its
 * due date, computed when read (see src/services/diffusion.ts), so it never goes stale.
 */
@ObjectType({
  implements: Node,
  description:
    "An IP right or result of the alliance's work. Its summary (title, kind, status, jurisdiction) is visible to the alliance; owners, licenses and royalty terms are not (DESIGN.md §3), and a trade secret is visible to its owners and the secretariat only. The stored `diffusionStatus` is NOT_REQUIRED, PENDING or DIFFUSED; OVERDUE is PENDING past its due date, computed when read (see src/services/diffusion.ts), so it never goes stale.",
})
@Entity()
@Index("ip_asset_registration_unique", ["jurisdiction", "registrationNumber"], {
  unique: true,
  where: "registration_number IS NOT NULL",
})
@Check("ip_asset_diffusion_due", "diffusion_status <> 'PENDING' OR diffusion_due_date IS NOT NULL")
export class IpAsset extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "RESTRICT" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  @Field(() => IpKind, { description: "Patent, copyright, standard..." })
  @Column({ type: "enum", enum: IpKind, enumName: "ip_kind" })
  kind!: IpKind;

  @Field({ description: "Its title." })
  @Column({ length: 300 })
  title!: string;

  @Field(() => String, { nullable: true, description: "The office's number." })
  @Column({ type: "varchar", length: 100, nullable: true })
  registrationNumber!: string | null;

  /** ISO 3166 country code or a regional office (e.g. "CN", "EP", "WO"). */
  @Field({ description: 'ISO 3166 country code or a regional office (e.g. "CN", "EP", "WO").' })
  @Column({ length: 10, default: "CN" })
  jurisdiction!: string;

  @Field(() => IpStatus, { description: "Where it stands in registration." })
  @Column({ type: "enum", enum: IpStatus, enumName: "ip_status", default: IpStatus.DRAFT })
  status!: IpStatus;

  @Field(() => GraphQLDate, { nullable: true, description: "When it was filed." })
  @Column({ type: "date", nullable: true })
  filedOn!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "When it was granted." })
  @Column({ type: "date", nullable: true })
  grantedOn!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "When its protection ends." })
  @Column({ type: "date", nullable: true })
  expiresOn!: string | null;

  @Index()
  @Column({ type: "uuid", nullable: true })
  originProjectId!: string | null;

  @ManyToOne(() => Project, { onDelete: "RESTRICT" })
  @JoinColumn()
  originProject?: Relation<Project>;

  /** A result of government-funded work must be diffused outside the alliance (Art. 8.6). */
  @Field({ description: "A result of government-funded work must be diffused outside the alliance (Art. 8.6)." })
  @Column({ default: false })
  governmentFunded!: boolean;

  /** Stored duty state; the API's `diffusionStatus` adds OVERDUE at read time. */
  @Column({ type: "enum", enum: DiffusionStatus, enumName: "diffusion_status", default: DiffusionStatus.NOT_REQUIRED })
  diffusionStatus!: DiffusionStatus;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: "When a government-funded result must have been diffused outside the alliance (Art. 8.6).",
  })
  @Column({ type: "date", nullable: true })
  diffusionDueDate!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "When the duty was fulfilled." })
  @Column({ type: "date", nullable: true })
  diffusedOn!: string | null;

  @Field(() => DiffusionMethod, { nullable: true, description: "How it was diffused, once it was." })
  @Column({ type: "enum", enum: DiffusionMethod, enumName: "diffusion_method", nullable: true })
  diffusionMethod!: DiffusionMethod | null;

  /** For a public disclosure: where it was published (journal, standard number, URL, …). */
  @Field(() => String, {
    nullable: true,
    description: "For a public disclosure: where it was published (journal, standard number, URL, …).",
  })
  @Column({ type: "varchar", length: 500, nullable: true })
  diffusionReference!: string | null;

  @Column({ type: "uuid", nullable: true })
  registeredById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  registeredBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
