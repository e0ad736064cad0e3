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
registerEnumType(BreachStatus, { name: "BreachStatus" });

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

  @Field()
  @Column({ type: "text" })
  description!: string;

  /** The liability borne under the agreement's breach terms. */
  @Field({ description: "The liability borne under the agreement's breach terms." })
  @Column({ type: "text", default: "" })
  liability!: string;

  @Field(() => BreachStatus)
  @Column({ type: "enum", enum: BreachStatus, enumName: "breach_status", default: BreachStatus.OPEN })
  status!: BreachStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  resolution!: string | null;

  @Column({ type: "uuid", nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  recordedBy?: Relation<User>;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ type: "timestamptz" })
  recordedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  closedAt!: Date | null;
}
