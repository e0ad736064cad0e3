import { DEFAULT_DECISION_RULES } from "../../entities/governing-body.entity";
import { MotionKind, MotionStatus, VoteChoice } from "../../entities/motion.entity";
import { outcomeOf, tallyOf } from "../../src/services/motion-rules";

const { FOR, AGAINST, ABSTAIN } = VoteChoice;
const rules = { ...DEFAULT_DECISION_RULES };
const decide = (kind: MotionKind, votes: VoteChoice[], eligible: number) => outcomeOf(kind, tallyOf(votes, eligible, rules), rules);

describe("decision rules (defaults)", () => {
  it("needs more than half of the seats to vote", () => {
    expect(tallyOf([FOR], 2, rules).quorumMet).toBe(false);
    expect(tallyOf([FOR, FOR], 4, rules).quorumMet).toBe(false);
    expect(tallyOf([FOR, ABSTAIN], 3, rules).quorumMet).toBe(true);
    expect(tallyOf([], 0, rules).quorumMet).toBe(false);
    expect(decide(MotionKind.GENERAL, [FOR, FOR], 5)).toBe(MotionStatus.REJECTED);
  });

  it("passes with more than half of the votes cast FOR; abstentions count among the votes cast", () => {
    expect(decide(MotionKind.GENERAL, [FOR, FOR, AGAINST], 3)).toBe(MotionStatus.PASSED);
    expect(decide(MotionKind.GENERAL, [FOR, ABSTAIN], 3)).toBe(MotionStatus.REJECTED);
    expect(decide(MotionKind.ADMIT_MEMBER, [FOR, FOR, AGAINST, AGAINST], 4)).toBe(MotionStatus.REJECTED);
  });

  it("needs more than two thirds FOR to amend an agreement or dissolve: 2 of 3 is not enough, 3 of 4 is", () => {
    for (const kind of [MotionKind.AMEND_AGREEMENT, MotionKind.DISSOLVE]) {
      expect(decide(kind, [FOR, FOR, AGAINST], 3)).toBe(MotionStatus.REJECTED);
      expect(decide(kind, [FOR, FOR, FOR, AGAINST], 4)).toBe(MotionStatus.PASSED);
      expect(decide(kind, [FOR, FOR, FOR, FOR, AGAINST, AGAINST], 6)).toBe(MotionStatus.REJECTED);
    }
  });

  it("counts each choice", () => {
    expect(tallyOf([FOR, AGAINST, ABSTAIN, FOR], 5, rules)).toEqual({
      for: 2,
      against: 1,
      abstain: 1,
      eligible: 5,
      cast: 4,
      quorumMet: true,
    });
  });
});
