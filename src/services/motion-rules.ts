/**
 * How a governing body decides (Art. 8.3: "effective decision mechanisms"), as pure arithmetic over
 * integers: every threshold is a strict "more than" a share in basis points, compared by cross
 * multiplication, so no rounding ever decides a vote. See docs/decisions.md.
 */
import type { DEFAULT_DECISION_RULES } from "../../entities/governing-body.entity";
import { MotionKind, MotionStatus, VoteChoice } from "../../entities/motion.entity";

export type DecisionRules = { -readonly [K in keyof typeof DEFAULT_DECISION_RULES]: number };

export interface Tally {
  for: number;
  against: number;
  abstain: number;
  eligible: number;
  cast: number;
  quorumMet: boolean;
}

const BASIS = 10_000;

/** Kinds that need the qualified majority rather than the simple one. */
const QUALIFIED: readonly MotionKind[] = [MotionKind.AMEND_AGREEMENT, MotionKind.DISSOLVE];

/** `part` is more than `basisPoints` of `whole`. */
function moreThan(part: number, basisPoints: number, whole: number): boolean {
  return part * BASIS > basisPoints * whole;
}

/** The votes against the body's `eligible` seats: quorate when more than the quorum share of the seats voted. */
export function tallyOf(choices: readonly VoteChoice[], eligible: number, rules: DecisionRules): Tally {
  const count = (choice: VoteChoice) => choices.filter((c) => c === choice).length;
  const cast = choices.length;
  return {
    for: count(VoteChoice.FOR),
    against: count(VoteChoice.AGAINST),
    abstain: count(VoteChoice.ABSTAIN),
    eligible,
    cast,
    quorumMet: eligible > 0 && moreThan(cast, rules.quorumBasisPoints, eligible),
  };
}

/** PASSED when quorate and more than the kind's majority of the votes cast are FOR; REJECTED otherwise. */
export function outcomeOf(kind: MotionKind, tally: Tally, rules: DecisionRules): MotionStatus.PASSED | MotionStatus.REJECTED {
  const majority = QUALIFIED.includes(kind) ? rules.qualifiedMajorityBasisPoints : rules.majorityBasisPoints;
  return tally.quorumMet && moreThan(tally.for, majority, tally.cast) ? MotionStatus.PASSED : MotionStatus.REJECTED;
}
