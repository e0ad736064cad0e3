import { Field, Int, ObjectType } from "type-graphql";
import type { Tally } from "../../src/services/motion-rules";

/** The count of a motion's votes against its body's seats (see docs/decisions.md). */
@ObjectType({ description: "The count of a motion's votes against the body's seats." })
export class MotionTally implements Tally {
  @Field(() => Int, { name: "for", description: "Votes FOR." })
  for!: number;

  @Field(() => Int, { description: "Votes AGAINST." })
  against!: number;

  @Field(() => Int, { description: "Abstentions." })
  abstain!: number;

  @Field(() => Int, { description: "Seats of the body: when the motion was decided, or now while it is open." })
  eligible!: number;

  @Field(() => Int, { description: "Votes cast (FOR, AGAINST and ABSTAIN)." })
  cast!: number;

  @Field({ description: "Whether the votes cast reach the body's quorum." })
  quorumMet!: boolean;
}
