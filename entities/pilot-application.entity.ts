import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Alliance, PilotStatus } from "./alliance.entity";
import { User } from "./user.entity";

/** One Art. 8 condition as evaluated, stored inside an application's readiness snapshot. */
export interface PilotConditionData {
  article: string;
  code: string;
  title: string;
  met: boolean;
  explanation: string;
  offending: { id: string; type: string; label: string; problem: string }[];
}

/** A readiness report: every Art. 8 condition, evaluated against live data at `evaluatedAt`. */
export interface PilotReadinessData {
  allianceId: string;
  ready: boolean;
  evaluatedAt: string;
  conditions: PilotConditionData[];
}

/**
 * An alliance's application to the pilot programme (Art. 7): filed by the secretariat when every
 * basic condition of Art. 8 holds, with the readiness report of that moment kept as it was, and
 * decided by the coordination office (a platform admin). At most one is open per alliance.
 */
@ObjectType({
  implements: Node,
  description:
    "An alliance's application to the pilot programme (Art. 7): filed by the secretariat when every basic condition of Art. 8 holds, with the readiness report of that moment kept as it was, and decided by the coordination office (a platform admin). At most one is open per alliance.",
})
@Entity()
@Index("pilot_application_open_unique", ["allianceId"], { unique: true, where: "status = 'APPLIED'" })
export class PilotApplication extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "RESTRICT" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  /** APPLIED, then APPROVED or REJECTED (never NONE). */
  @Field(() => PilotStatus, { description: "APPLIED, then APPROVED or REJECTED (never NONE)." })
  @Column({ type: "enum", enum: PilotStatus, enumName: "pilot_status" })
  status!: PilotStatus;

  /** The readiness report when the application was filed. */
  @Column({ type: "jsonb" })
  readiness!: PilotReadinessData;

  @Column({ type: "uuid", nullable: true })
  appliedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  appliedBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { description: "When it applied." })
  @CreateDateColumn({ type: "timestamptz" })
  appliedAt!: Date;

  @Column({ type: "uuid", nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  decidedBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was decided." })
  @Column({ type: "timestamptz", nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The decision's reason." })
  @Column({ type: "text", nullable: true })
  reason!: string | null;
}
