import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { AccessTerms } from "./access-terms";
import { Alliance } from "./alliance.entity";
import { IpAsset } from "./ip-asset.entity";
import { Organization } from "./organization.entity";
import { Project } from "./project.entity";
import { User } from "./user.entity";

export enum AccessPurpose {
  EXECUTION = "EXECUTION",
  EXPLOITATION = "EXPLOITATION",
}
registerEnumType(AccessPurpose, {
  name: "AccessPurpose",
  description: "What access rights are needed for.",
  valuesConfig: {
    EXECUTION: { description: "To carry out the project's own work; royalty-free." },
    EXPLOITATION: { description: "To use the project's results (research, products, services); on the owners' terms." },
  },
});

export enum AccessRequestStatus {
  REQUESTED = "REQUESTED",
  GRANTED = "GRANTED",
  REFUSED = "REFUSED",
}
registerEnumType(AccessRequestStatus, {
  name: "AccessRequestStatus",
  description: "Where an access request stands.",
  valuesConfig: {
    REQUESTED: { description: "Waiting for a decision of every owner." },
    GRANTED: { description: "Every owner granted it." },
    REFUSED: { description: "An owner refused it." },
  },
});

/**
 * A participant's request for access rights to an IP asset that is background of a project or
 * a result of it. Every owner decides (AccessDecision); the request is GRANTED when each current
 * owner has granted it on the same terms, REFUSED as soon as one refuses. Visible to the
 * requester's organization, the owners, the secretariat and analysts, within the asset's own
 * visibility (src/auth/visibility.ts).
 */
@ObjectType({ implements: Node, description: "A participant's request for access rights to background or results of a project." })
@Entity()
@Index("access_request_open_unique", ["ipAssetId", "projectId", "requesterId", "purpose"], {
  unique: true,
  where: "status = 'REQUESTED'",
})
export class AccessRequest extends Node {
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

  @Index()
  @Column({ type: "uuid" })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn()
  project?: Relation<Project>;

  /** The participant organization asking for access. */
  @Index()
  @Column({ type: "uuid" })
  requesterId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  requester?: Relation<Organization>;

  @Column({ type: "uuid", nullable: true })
  requestedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  requestedByUser?: Relation<User>;

  @Field(() => AccessPurpose, { description: "EXECUTION of the project, or EXPLOITATION of its results." })
  @Column({ type: "enum", enum: AccessPurpose, enumName: "access_purpose" })
  purpose!: AccessPurpose;

  @Field({ description: "Why the requester needs the access." })
  @Column({ type: "text" })
  justification!: string;

  @Field(() => AccessRequestStatus, { description: "REQUESTED, GRANTED or REFUSED." })
  @Column({ type: "enum", enum: AccessRequestStatus, enumName: "access_request_status", default: AccessRequestStatus.REQUESTED })
  status!: AccessRequestStatus;

  /** The terms the granting owners agreed on (the first grant's, which later grants must match); none once refused. */
  @Column(() => AccessTerms, { prefix: "terms" })
  terms!: AccessTerms;

  @Field(() => GraphQLDateTime, { description: "When it was requested." })
  @Column({ type: "timestamptz" })
  requestedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was granted or refused; null while REQUESTED." })
  @Column({ type: "timestamptz", nullable: true })
  decidedAt!: Date | null;
}
