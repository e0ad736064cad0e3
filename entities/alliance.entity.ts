import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Organization } from "./organization.entity";

export enum AllianceScope {
  NATIONAL = "NATIONAL",
  REGIONAL = "REGIONAL",
}
registerEnumType(AllianceScope, { name: "AllianceScope" });

export enum AllianceStatus {
  FORMING = "FORMING",
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  DISSOLVED = "DISSOLVED",
}
registerEnumType(AllianceStatus, { name: "AllianceStatus" });

export enum PilotStatus {
  NONE = "NONE",
  APPLIED = "APPLIED",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}
registerEnumType(PilotStatus, { name: "PilotStatus" });

/** An industrial technology innovation strategic alliance. */
@ObjectType({ implements: Node, description: "An industrial technology innovation strategic alliance." })
@Entity()
export class Alliance extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field()
  @Column({ length: 200 })
  name!: string;

  /** The industry or technology field the alliance works in. */
  @Field({ description: "The industry or technology field the alliance works in." })
  @Column({ length: 200 })
  field!: string;

  @Field(() => AllianceScope)
  @Column({ type: "enum", enum: AllianceScope, enumName: "alliance_scope" })
  scope!: AllianceScope;

  @Field()
  @Column({ length: 100 })
  region!: string;

  @Field(() => AllianceStatus)
  @Column({ type: "enum", enum: AllianceStatus, enumName: "alliance_status", default: AllianceStatus.FORMING })
  status!: AllianceStatus;

  /** 依托单位: the host organization, which may hold the funds (Art. 8.4). */
  @Index()
  @Column({ type: "uuid", nullable: true })
  hostOrganizationId!: string | null;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  hostOrganization?: Relation<Organization>;

  @Field(() => PilotStatus)
  @Column({ type: "enum", enum: PilotStatus, enumName: "pilot_status", default: PilotStatus.NONE })
  pilotStatus!: PilotStatus;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
