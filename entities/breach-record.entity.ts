import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDate, GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Agreement } from "./agreement.entity";
import { Organization } from "./organization.entity";
import { User } from "./user.entity";

/** NOTIFIED → REMEDIED | ESCALATED | DISMISSED; ESCALATED → REMEDIED | DISMISSED (docs/decisions.md). */
export enum BreachStatus {
  NOTIFIED = "NOTIFIED",
  REMEDIED = "REMEDIED",
  ESCALATED = "ESCALATED",
  DISMISSED = "DISMISSED",
}
registerEnumType(BreachStatus, {
  name: "BreachStatus",
  description: "NOTIFIED → REMEDIED | ESCALATED | DISMISSED; an ESCALATED breach can still be REMEDIED or DISMISSED.",
  valuesConfig: {
    NOTIFIED: { description: "The party was notified and has its remedy period (see remedyDueOn)." },
    REMEDIED: { description: "The party remedied the breach or bore the liability." },
    ESCALATED: { description: "Not remedied: referred to the alliance's decision body." },
    DISMISSED: { description: "Recorded in error, or no breach after all." },
  },
});

/** Days a party has to remedy a breach from its notice, unless the record says otherwise. */
export const DEFAULT_REMEDY_DAYS = 30;

/** A breach of an agreement by one of its parties, recorded by the secretariat (Art. 8.2). */
@ObjectType({ implements: Node, description: "A breach of an agreement by one of its parties, recorded by the secretariat (Art. 8.2)." })
@Entity()
export class BreachRecord extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  agreementId!: string;

  @ManyToOne(() => Agreement, { onDelete: "CASCADE" })
  @JoinColumn()
  agreement?: Relation<Agreement>;

  @Index()
  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Field({ description: "What happened." })
  @Column({ type: "text" })
  description!: string;

  /** The liability borne under the agreement's breach terms. */
  @Field({ description: "The liability borne under the agreement's breach terms." })
  @Column({ type: "text", default: "" })
  liability!: string;

  @Field(() => BreachStatus, { description: "NOTIFIED, then REMEDIED, ESCALATED or DISMISSED." })
  @Column({ type: "enum", enum: BreachStatus, enumName: "breach_status", default: BreachStatus.NOTIFIED })
  status!: BreachStatus;

  /** The last day of the remedy period (the notice's day plus the period, `DEFAULT_REMEDY_DAYS` unless set). */
  @Field(() => GraphQLDate, { description: "The last day of the remedy period: the notice's day plus the period (30 days unless set)." })
  @Column({ type: "date" })
  remedyDueOn!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was escalated to the decision body." })
  @Column({ type: "timestamptz", nullable: true })
  escalatedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "How it was settled, or why it was dismissed." })
  @Column({ type: "text", nullable: true })
  resolution!: string | null;

  @Column({ type: "uuid", nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  recordedBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  recordedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was resolved or dismissed." })
  @Column({ type: "timestamptz", nullable: true })
  closedAt!: Date | null;
}
