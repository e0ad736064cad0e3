import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Organization } from "./organization.entity";

export enum AllianceScope {
  NATIONAL = "NATIONAL",
  REGIONAL = "REGIONAL",
}
registerEnumType(AllianceScope, {
  name: "AllianceScope",
  description: "How far the alliance reaches.",
  valuesConfig: { NATIONAL: { description: "A national alliance." }, REGIONAL: { description: "A regional (provincial) alliance." } },
});

export enum AllianceStatus {
  FORMING = "FORMING",
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  DISSOLVED = "DISSOLVED",
}
registerEnumType(AllianceStatus, {
  name: "AllianceStatus",
  description: "The alliance's life cycle.",
  valuesConfig: {
    FORMING: { description: "Founded, gathering members and its agreement." },
    ACTIVE: { description: "Operating." },
    SUSPENDED: { description: "Temporarily stopped." },
    DISSOLVED: { description: "Wound up; kept for the record." },
  },
});

export enum PilotStatus {
  NONE = "NONE",
  APPLIED = "APPLIED",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}
registerEnumType(PilotStatus, {
  name: "PilotStatus",
  description: "Where the alliance's application to the national pilot stands.",
  valuesConfig: {
    NONE: { description: "Not applied." },
    APPLIED: { description: "Applied; awaiting the decision." },
    APPROVED: { description: "Admitted to the pilot." },
    REJECTED: { description: "Refused." },
  },
});

/** An industrial technology innovation strategic alliance. */
@ObjectType({ implements: Node, description: "An industrial technology innovation strategic alliance." })
@Entity()
export class Alliance extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "Its name." })
  @Column({ length: 200 })
  name!: string;

  /** The industry or technology field the alliance works in. */
  @Field({ description: "The industry or technology field the alliance works in." })
  @Column({ length: 200 })
  field!: string;

  @Field(() => AllianceScope, { description: "National or regional." })
  @Column({ type: "enum", enum: AllianceScope, enumName: "alliance_scope" })
  scope!: AllianceScope;

  @Field({ description: "Its region." })
  @Column({ length: 100 })
  region!: string;

  @Field(() => AllianceStatus, { description: "Where it stands in its life cycle." })
  @Column({ type: "enum", enum: AllianceStatus, enumName: "alliance_status", default: AllianceStatus.FORMING })
  status!: AllianceStatus;

  /** 依托单位: the host organization, which may hold the funds (Art. 8.4). */
  @Index()
  @Column({ type: "uuid", nullable: true })
  hostOrganizationId!: string | null;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  hostOrganization?: Relation<Organization>;

  @Field(() => PilotStatus, { description: "Where its application to the national pilot (试点) stands." })
  @Column({ type: "enum", enum: PilotStatus, enumName: "pilot_status", default: PilotStatus.NONE })
  pilotStatus!: PilotStatus;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
