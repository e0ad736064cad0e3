import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from "typeorm";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
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

/** Decision rules of a body unless it was set up with its own (Art. 8.3; docs/decisions.md). */
export const DEFAULT_DECISION_RULES = {
  quorumBasisPoints: 5000,
  majorityBasisPoints: 5000,
  /** Two thirds, rounded up: "more than 6667 of 10000" is reached by 3 of 4 votes, not by 2 of 3. */
  qualifiedMajorityBasisPoints: 6667,
} as const;

/** One of the alliance's organs (Art. 8.3): decision, advisory or executive. */
@ObjectType({ implements: Node, description: "One of the alliance's organs (Art. 8.3): decision, advisory or executive." })
@Entity()
@Unique("governing_body_name_unique", ["allianceId", "name"])
@Check(
  "governing_body_rules",
  "quorum_basis_points BETWEEN 0 AND 9999 AND majority_basis_points BETWEEN 0 AND 9999 AND qualified_majority_basis_points BETWEEN 0 AND 9999",
)
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

  /**
   * The body's decision rules (docs/decisions.md), in basis points, each a strict "more than": a
   * motion is quorate when more than `quorumBasisPoints` of the seats voted, and passes when more
   * than `majorityBasisPoints` of the votes cast are FOR (`qualifiedMajorityBasisPoints` for
   * AMEND_AGREEMENT and DISSOLVE).
   */
  @Field(() => Int, {
    description: "Quorum: a motion is decided validly when more than this share of the seats voted (basis points; default 5000, half).",
  })
  @Column({ type: "int", default: DEFAULT_DECISION_RULES.quorumBasisPoints })
  quorumBasisPoints!: number;

  @Field(() => Int, {
    description: "A motion passes when more than this share of the votes cast are FOR (basis points; default 5000, half).",
  })
  @Column({ type: "int", default: DEFAULT_DECISION_RULES.majorityBasisPoints })
  majorityBasisPoints!: number;

  @Field(() => Int, {
    description:
      "The majority AMEND_AGREEMENT and DISSOLVE need: more than this share of the votes cast FOR (basis points; default 6667, two thirds).",
  })
  @Column({ type: "int", default: DEFAULT_DECISION_RULES.qualifiedMajorityBasisPoints })
  qualifiedMajorityBasisPoints!: number;

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
