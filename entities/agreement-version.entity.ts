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
import { Agreement } from "./agreement.entity";
import { User } from "./user.entity";

export enum AgreementStatus {
  DRAFT = "DRAFT",
  /** Terms frozen and hashed; parties sign. */
  OPEN_FOR_SIGNATURE = "OPEN_FOR_SIGNATURE",
  /** Every party signed (Art. 8.2): the version in force. */
  EFFECTIVE = "EFFECTIVE",
  /** Replaced by a later version (or, never having taken effect, by an amendment). */
  SUPERSEDED = "SUPERSEDED",
  TERMINATED = "TERMINATED",
}
registerEnumType(AgreementStatus, {
  name: "AgreementStatus",
  description: "Where an agreement stands.",
  valuesConfig: {
    DRAFT: { description: "Being written; versions may still change." },
    OPEN_FOR_SIGNATURE: { description: "A version awaits the signatures of the legal representatives." },
    EFFECTIVE: { description: "Signed by every required party and in force." },
    SUPERSEDED: { description: "Replaced by a later effective version." },
    TERMINATED: { description: "Ended before its term." },
  },
});

/** Which organization takes on which responsibilities (the agreement's task division, Art. 8.2). */
export interface TaskAssignmentData {
  organizationId: string;
  responsibilities: string[];
}

/**
 * One version of an agreement's terms. Once opened for signature its terms are frozen (the
 * database refuses any change, see the migration's trigger) and `textHash` holds their SHA-256,
 * which every signature repeats.
 */
@ObjectType({
  implements: Node,
  description:
    "One version of an agreement's terms. Once opened for signature its terms are frozen (the database refuses any change, see the migration's trigger) and `textHash` holds their SHA-256, which every signature repeats.",
})
@Entity()
@Unique("agreement_version_number_unique", ["agreementId", "number"])
@Index("agreement_version_pending_unique", ["agreementId"], {
  unique: true,
  where: "status IN ('DRAFT', 'OPEN_FOR_SIGNATURE')",
})
@Index("agreement_version_effective_unique", ["agreementId"], { unique: true, where: "status = 'EFFECTIVE'" })
@Check("agreement_version_hashed", "opened_at IS NULL OR text_hash IS NOT NULL")
export class AgreementVersion extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  agreementId!: string;

  @ManyToOne(() => Agreement, { onDelete: "CASCADE" })
  @JoinColumn()
  agreement?: Relation<Agreement>;

  /** 1 for the original terms, +1 per amendment. */
  @Field(() => Int, { description: "1 for the original terms, +1 per amendment." })
  @Column({ type: "int" })
  number!: number;

  @Field(() => AgreementStatus, { description: "Where this version stands." })
  @Column({ type: "enum", enum: AgreementStatus, enumName: "agreement_status", default: AgreementStatus.DRAFT })
  status!: AgreementStatus;

  @Field({ description: "Its full text." })
  @Column({ type: "text" })
  text!: string;

  /** The innovation goals the parties commit to. */
  @Field(() => [String], { description: "The innovation goals the parties commit to." })
  @Column({ type: "jsonb", default: () => "'[]'" })
  goals!: string[];

  @Column({ type: "jsonb", default: () => "'[]'" })
  taskDivision!: TaskAssignmentData[];

  /** Liability for breach of the agreement. */
  @Field({ description: "Liability for breach of the agreement." })
  @Column({ type: "text", default: "" })
  breachTerms!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "SHA-256 (hex) of the frozen terms: the UTF-8 JSON of {text, goals, taskDivision: [{organizationId, responsibilities}], breachTerms} in that key order, organization ids as global ids. Null while DRAFT.",
  })
  @Column({ type: "char", length: 64, nullable: true })
  textHash!: string | null;

  @Column({ type: "uuid", nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  createdBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was opened for signature." })
  @Column({ type: "timestamptz", nullable: true })
  openedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When every required signature was in (null until then)." })
  @Column({ type: "timestamptz", nullable: true })
  effectiveAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was superseded or terminated." })
  @Column({ type: "timestamptz", nullable: true })
  endedAt!: Date | null;
}
