import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Alliance } from "./alliance.entity";
import { User } from "./user.entity";

export enum PolicyKind {
  /** Fund management and internal supervision (Art. 8.4). */
  FUND_MANAGEMENT = "FUND_MANAGEMENT",
  IP_POLICY = "IP_POLICY",
  ADMISSION = "ADMISSION",
  OTHER = "OTHER",
}
registerEnumType(PolicyKind, {
  name: "PolicyKind",
  description: "Kinds of alliance policy documents.",
  valuesConfig: {
    ADMISSION: { description: "Admission rules for new members." },
    FUND_MANAGEMENT: { description: "Fund management and its internal supervision (Art. 8.4)." },
    IP_POLICY: { description: "Ownership, licensing and benefit sharing of results (Art. 8.5)." },
    OTHER: { description: "Any other policy." },
  },
});

/** A policy the alliance adopted (Art. 8.4): fund management, IP, admission, … */
@ObjectType({ implements: Node, description: "A policy the alliance adopted (Art. 8.4): fund management, IP, admission, …" })
@Entity()
export class PolicyDocument extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "CASCADE" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  @Field(() => PolicyKind, { description: "What it governs." })
  @Column({ type: "enum", enum: PolicyKind, enumName: "policy_kind" })
  kind!: PolicyKind;

  @Field({ description: "Its title." })
  @Column({ length: 300 })
  title!: string;

  @Field({ description: "Its full text." })
  @Column({ type: "text" })
  text!: string;

  @Field(() => GraphQLDateTime, { description: "When it was adopted." })
  @Column({ type: "timestamptz" })
  adoptedAt!: Date;

  @Column({ type: "uuid", nullable: true })
  adoptedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  adoptedBy?: Relation<User>;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
