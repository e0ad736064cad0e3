/** Ownership shares of an IP asset: integer basis points, distinct owners, exactly 10000 in total. */
import { AppError, ErrorCode, badInput } from "../errors";

export const FULL_SHARE = 10_000;

export interface OwnerShare {
  organizationId: string;
  basisPoints: number;
}

/** Checks a complete set of owners; every problem is BAD_USER_INPUT naming its input field. */
export function checkOwners(owners: OwnerShare[]): OwnerShare[] {
  if (owners.length === 0) throw badInput("owners", "name at least one owner");
  if (owners.length > 100) throw badInput("owners", "at most 100 owners");
  const seen = new Set<string>();
  owners.forEach((owner, i) => {
    if (!Number.isInteger(owner.basisPoints) || owner.basisPoints < 1 || owner.basisPoints > FULL_SHARE) {
      throw badInput(`owners[${i}].basisPoints`, `a share is 1 to ${FULL_SHARE} basis points`);
    }
    if (seen.has(owner.organizationId)) {
      throw badInput(`owners[${i}].organizationId`, "each organization appears once among the owners");
    }
    seen.add(owner.organizationId);
  });
  const total = owners.reduce((sum, o) => sum + o.basisPoints, 0);
  if (total !== FULL_SHARE) {
    const fields = ["owners", ...owners.map((_, i) => `owners[${i}].basisPoints`)];
    throw new AppError(ErrorCode.BAD_USER_INPUT, `the owners' shares total ${total} basis points; they must total exactly ${FULL_SHARE}`, {
      field: "owners",
      fields,
    });
  }
  return owners;
}
