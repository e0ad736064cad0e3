import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Agreement } from "./agreement.entity";
import { Organization } from "./organization.entity";
import { User } from "./user.entity";

export enum BreachStatus {
  OPEN = "OPEN",
  /** The party remedied the breach or bore the liability. */
  RESOLVED = "RESOLVED",
  DISMISSED = "DISMISSED",
}
registerEnumType(BreachStatus, {
  name: "BreachStatus",
  description: "Where a breach record stands.",
  valuesConfig: {
    OPEN: { description: "Recorded, not yet settled." },
    RESOLVED: { description: "Settled; see its resolution." },
    DISMISSED: { description: "Found not to be a breach." },
  },
});

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

  @Field(() => BreachStatus, { description: "Where it stands." })
  @Column({ type: "enum", enum: BreachStatus, enumName: "breach_status", default: BreachStatus.OPEN })
  status!: BreachStatus;

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
