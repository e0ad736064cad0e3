import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Alliance } from "./alliance.entity";
import { User } from "./user.entity";

export enum GoverningBodyKind {
  /** 决策机构, e.g. the council. */
  DECISION = "DECISION",
  /** 咨询机构, e.g. the expert committee. */
  ADVISORY = "ADVISORY",
  /** 执行机构, e.g. the secretariat; needs full-time staff (Art. 8.3). */
  EXECUTIVE = "EXECUTIVE",
}
registerEnumType(GoverningBodyKind, {
  name: "GoverningBodyKind",
  description: "The kinds of organs an alliance sets up (Art. 8.3: 决策、咨询和执行).",
  valuesConfig: {
    DECISION: { description: "The decision-making body, e.g. the council (理事会)." },
    ADVISORY: { description: "The advisory body, e.g. the expert committee (专家委员会)." },
    EXECUTIVE: { description: "The executive body (执行机构), with full-time staff for daily affairs." },
  },
});

/** One of the alliance's organs (Art. 8.3): decision, advisory or executive. */
@ObjectType({ implements: Node, description: "One of the alliance's organs (Art. 8.3): decision, advisory or executive." })
@Entity()
@Unique("governing_body_name_unique", ["allianceId", "name"])
export class GoverningBody extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "CASCADE" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  @Field(() => GoverningBodyKind, { description: "Decision, advisory or executive (Art. 8.3)." })
  @Column({ type: "enum", enum: GoverningBodyKind, enumName: "governing_body_kind" })
  kind!: GoverningBodyKind;

  @Field({ description: "Its name, e.g. 理事会 (council)." })
  @Column({ length: 200 })
  name!: string;

  @Field({ description: "What it does." })
  @Column({ type: "text", default: "" })
  description!: string;

  @Field(() => GraphQLDateTime, { description: "When it was set up." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}

/** A person's seat on a governing body. */
@ObjectType({ implements: Node, description: "A person's seat on a governing body." })
@Entity()
@Unique("body_seat_user_unique", ["governingBodyId", "userId"])
export class BodySeat extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  governingBodyId!: string;

  @ManyToOne(() => GoverningBody, { onDelete: "CASCADE" })
  @JoinColumn()
  governingBody?: Relation<GoverningBody>;

  @Index()
  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn()
  user?: Relation<User>;

  /** E.g. "Chair", "Secretary-General", "Member". */
  @Field({ description: 'E.g. "Chair", "Secretary-General", "Member".' })
  @Column({ length: 100 })
  position!: string;

  /** Full-time staff: the executive body needs them (Art. 8.3). */
  @Field({ description: "Full-time staff: the executive body needs them (Art. 8.3)." })
  @Column({ default: false })
  fullTime!: boolean;

  @Field(() => GraphQLDateTime, { description: "When the seat was taken." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
