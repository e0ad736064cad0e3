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

/** Who admits new members (Art. 8.3, 8.6). */
export enum AdmissionBy {
  SECRETARIAT = "SECRETARIAT",
  DECISION_BODY = "DECISION_BODY",
}
registerEnumType(AdmissionBy, {
  name: "AdmissionBy",
  description: "Who admits new members.",
  valuesConfig: {
    SECRETARIAT: { description: "The secretariat decides applications (decideMembership)." },
    DECISION_BODY: { description: "Only a passed ADMIT_MEMBER motion of a DECISION body admits or rejects an applicant." },
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

  @Field(() => AdmissionBy, { description: "Who admits new members: the secretariat (default) or a DECISION body's vote." })
  @Column({ type: "enum", enum: AdmissionBy, enumName: "admission_by", default: AdmissionBy.SECRETARIAT })
  admissionBy!: AdmissionBy;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
