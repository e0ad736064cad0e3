import { Field, ID, InputType } from "type-graphql";
import { MaxLength } from "class-validator";
import { GraphQLDateTime } from "../../src/graphql/scalars";
import { MotionKind, VoteChoice } from "../../entities/motion.entity";
import { motions } from "../../src/collections/motion";

@InputType({ description: "A motion put to a governing body's vote." })
export class ProposeMotionInput {
  @Field(() => ID, { description: "The governing body that decides." }) bodyId!: string;
  @Field(() => MotionKind, { description: "What the motion asks the body to decide." }) kind!: MotionKind;
  @Field({ description: "A short title." }) @MaxLength(300) title!: string;
  @Field({ description: "The motion's full text." }) @MaxLength(100000) text!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      "What it is about: the APPLIED membership (ADMIT_MEMBER), the agreement (AMEND_AGREEMENT), the policy document (ADOPT_POLICY); optional for DISSOLVE (the alliance) and GENERAL.",
  })
  subjectId?: string;
  @Field(() => GraphQLDateTime, { description: "When voting closes at the latest: in the future, within 366 days." }) closesAt!: Date;
}

@InputType({ description: "A seat holder's vote on an open motion." })
export class CastVoteInput {
  @Field(() => ID, { description: "The OPEN motion." }) motionId!: string;
  @Field(() => VoteChoice, { description: "FOR, AGAINST or ABSTAIN." }) choice!: VoteChoice;
}

@InputType({ description: "An open motion its proposer or the secretariat withdraws." })
export class WithdrawMotionInput {
  @Field(() => ID, { description: "The OPEN motion." }) motionId!: string;
}

/** Filter and order of motion lists: see src/collections/motion.ts. */
export const MotionFilter = motions.filterInput;
export type MotionFilter = Record<string, unknown>;
export const MotionOrder = motions.orderInput!;
