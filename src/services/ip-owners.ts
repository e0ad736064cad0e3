/** Ownership shares of an IP asset: integer basis points, distinct owners, exactly 10000 in total. */
import { AppError, ErrorCode, badInput, notFound } from "../errors";
import type { Context } from "../operation-context";

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

/** `checkOwners`, and every owner an existing organization (NOT_FOUND naming the field otherwise). */
export async function validOwners(ctx: Context, owners: OwnerShare[]): Promise<OwnerShare[]> {
  checkOwners(owners);
  const found = await ctx.loaders.organization.loadMany(owners.map((o) => o.organizationId));
  found.forEach((org, i) => {
    if (!org || org instanceof Error) throw notFound("Organization", `owners[${i}].organizationId`);
  });
  return owners;
}

/** Whether two sets of owners are the same organizations with the same shares, in any order. */
export function sameOwners(a: OwnerShare[], b: OwnerShare[]): boolean {
  const key = (owners: OwnerShare[]) =>
    owners
      .map((o) => `${o.organizationId}:${o.basisPoints}`)
      .sort()
      .join(",");
  return key(a) === key(b);
}

/**
 * Art. 8.5: owners' shares are agreed by the parties. Owners are set at once only where no other
 * party exists — an asset with no owners yet, or one owned alone by the organization the caller
 * is an ORG_ADMIN of (`adminOfOrganizationId`); otherwise every owner involved approves a
 * proposed change (ip-ownership-change.service.ts).
 */
export function setsOwnersAlone(current: OwnerShare[], adminOfOrganizationId: string | null): boolean {
  return (
    current.length === 0 ||
    (current.length === 1 && current[0].organizationId === adminOfOrganizationId && current[0].basisPoints === FULL_SHARE)
  );
}
