import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { BenefitPlan } from "./benefit-plan.entity";
import { Organization } from "./organization.entity";
import { User } from "./user.entity";

/**
 * The approval of a plan by an organization that holds no share in it: a holder of the plan in
 * force that the new plan would replace (Art. 8.5: the parties agree the rules in advance, so no
 * plan replaces another without every holder of both). Holders' own approvals stay on their
 * share (`benefit_share.approved_at`). Not part of the GraphQL schema as such: plans answer
 * `approvals`, made of both.
 */
@Entity()
@Unique("benefit_plan_approval_organization_unique", ["planId", "organizationId"])
export class BenefitPlanApproval {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  planId!: string;

  @ManyToOne(() => BenefitPlan, { onDelete: "CASCADE" })
  @JoinColumn()
  plan?: Relation<BenefitPlan>;

  @Index()
  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column({ type: "uuid", nullable: true })
  approvedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  approvedBy?: Relation<User>;

  @Column({ type: "timestamptz", default: () => "now()" })
  approvedAt!: Date;
}
