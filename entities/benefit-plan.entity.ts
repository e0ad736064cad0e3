import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Alliance } from "./alliance.entity";
import { IpAsset } from "./ip-asset.entity";
import { Project } from "./project.entity";
import { User } from "./user.entity";

export enum BenefitPlanStatus {
  /** Proposed; waiting for an ORG_ADMIN of every share-holding organization to approve it. */
  DRAFT = "DRAFT",
  /** Approved by every holder: the plan in force for its subject. */
  AGREED = "AGREED",
  /** Replaced by a later agreed plan; past distributions keep pointing at it. */
  SUPERSEDED = "SUPERSEDED",
}
registerEnumType(BenefitPlanStatus, {
  name: "BenefitPlanStatus",
  description: "Where a benefit-sharing plan stands.",
  valuesConfig: {
    DRAFT: { description: "Proposed; awaiting every shareholder's approval." },
    AGREED: { description: "Approved by every organization it gives a share to; used for distributions." },
    SUPERSEDED: { description: "Replaced by a later agreed plan." },
  },
});

/**
 * How the income from a project or an IP asset is shared, agreed before there is any income
 * (Art. 8.5). Exactly one subject; at most one AGREED plan per subject, enforced by the database.
 */
@ObjectType({
  implements: Node,
  description:
    "How the income from a project or an IP asset is shared, agreed before there is any income (Art. 8.5). Exactly one subject; at most one AGREED plan per subject, enforced by the database.",
})
@Entity()
@Check("benefit_plan_one_subject", `num_nonnulls("project_id", "ip_asset_id") = 1`)
@Index("benefit_plan_agreed_project_unique", ["projectId"], { unique: true, where: "status = 'AGREED'" })
@Index("benefit_plan_agreed_ip_asset_unique", ["ipAssetId"], { unique: true, where: "status = 'AGREED'" })
export class BenefitPlan extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "RESTRICT" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  @Index()
  @Column({ type: "uuid", nullable: true })
  projectId!: string | null;

  @ManyToOne(() => Project, { onDelete: "RESTRICT" })
  @JoinColumn()
  project?: Relation<Project>;

  @Index()
  @Column({ type: "uuid", nullable: true })
  ipAssetId!: string | null;

  @ManyToOne(() => IpAsset, { onDelete: "RESTRICT" })
  @JoinColumn()
  ipAsset?: Relation<IpAsset>;

  @Field(() => BenefitPlanStatus, { description: "Where it stands." })
  @Column({ type: "enum", enum: BenefitPlanStatus, enumName: "benefit_plan_status", default: BenefitPlanStatus.DRAFT })
  status!: BenefitPlanStatus;

  @Column({ type: "uuid", nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  createdBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When the last holder approved it." })
  @Column({ type: "timestamptz", nullable: true })
  agreedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When a later agreed plan replaced it." })
  @Column({ type: "timestamptz", nullable: true })
  supersededAt!: Date | null;
}
