/**
 * Licenses of IP assets (Art. 8.5, 8.6). An EXCLUSIVE or SOLE license admits no other licensee
 * for the same territory and field of use during its term, so it conflicts with any overlapping
 * license there (and any license conflicts with an overlapping exclusive or sole one). The check
 * runs under the asset's row lock: two concurrent grants cannot both pass it.
 *
 * A license to an organization outside the alliance diffuses the result (Art. 8.6): a pending
 * diffusion duty (even an overdue one) becomes DIFFUSED.
 */
import { DiffusionMethod, DiffusionStatus, IpAsset, IpStatus } from "../../entities/ip-asset.entity";
import { IpLicense, LicenseScope } from "../../entities/ip-license.entity";
import { clockOf, requireAccess, write, type Context } from "../operation-context";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { canManageIpAsset } from "../auth/permissions";
import type { Tx } from "../db/transaction";
import { asDay, todayOf } from "../clock";
import { ipAssetService, lockIpAsset, ownerIdsIn } from "./ip-asset.service";

export interface GrantLicenseData {
  ipAssetId: string;
  licenseeId: string;
  scope: LicenseScope;
  fieldOfUse: string;
  territory: string;
  startDate: string;
  endDate?: string | null;
  royaltyTerms?: string | null;
}

/** Rights that no longer exist cannot be licensed. */
const UNLICENSABLE = [IpStatus.LAPSED, IpStatus.EXPIRED, IpStatus.ABANDONED];
const EXCLUDING = [LicenseScope.EXCLUSIVE, LicenseScope.SOLE];

/** The first license that the new one would overlap in breach of an exclusive or sole scope. */
async function conflictingLicense(tx: Tx, license: Omit<GrantLicenseData, "licenseeId" | "royaltyTerms">): Promise<string | undefined> {
  const rows: { id: string; scope: LicenseScope }[] = await tx.manager.query(
    `SELECT id, scope FROM ip_license
      WHERE ip_asset_id = $1
        AND lower(territory) = lower($2) AND lower(field_of_use) = lower($3)
        AND daterange(start_date, end_date, '[]') && daterange($4::date, $5::date, '[]')
        AND ($6 = ANY($7::license_scope[]) OR scope = ANY($7::license_scope[]))
      LIMIT 1`,
    [license.ipAssetId, license.territory, license.fieldOfUse, license.startDate, license.endDate ?? null, license.scope, EXCLUDING],
  );
  return rows[0]?.scope;
}

async function isMember(tx: Tx, allianceId: string, organizationId: string): Promise<boolean> {
  const rows: unknown[] = await tx.manager.query(
    `SELECT 1 FROM membership WHERE alliance_id = $1 AND organization_id = $2 AND status IN ('ACTIVE', 'SUSPENDED')`,
    [allianceId, organizationId],
  );
  return rows.length > 0;
}

class IpLicenseService {
  async get(ctx: Context, id: string): Promise<IpLicense> {
    const license = await ctx.loaders.visibleIpLicense.load(id);
    if (!license) throw notFound("IpLicense", "id");
    return license;
  }

  /** The licenses of an asset that the viewer may see: all (rights audience) or its own. */
  list(ctx: Context, asset: IpAsset): Promise<IpLicense[]> {
    return ctx.loaders.visibleLicensesByAsset.load(asset.id);
  }

  /** The secretariat or an ORG_ADMIN of an owner grants a license to a member or an outside organization. */
  async grant(ctx: Context, raw: GrantLicenseData): Promise<IpLicense> {
    const access = requireAccess(ctx);
    const input = { ...raw, startDate: asDay(raw.startDate), endDate: asDay(raw.endDate) };
    const asset = await ipAssetService.getManaged(ctx, input.ipAssetId);
    const { fieldOfUse, territory } = input;
    if (input.endDate && input.endDate < input.startDate) throw badInput("endDate", "endDate is before startDate");
    if (!(await ctx.loaders.organization.load(input.licenseeId))) throw notFound("Organization", "licenseeId");
    return write(ctx, async (tx) => {
      const locked = await lockIpAsset(tx, asset.id);
      if (!(await canManageIpAsset(access, locked, { ownerOrganizationIds: await ownerIdsIn(tx, asset.id) }))) {
        throw forbidden("Only the secretariat or an ORG_ADMIN of an owner may license this IP asset");
      }
      if (UNLICENSABLE.includes(locked.status)) throw badInput("ipAssetId", `a ${locked.status} right cannot be licensed`);
      const terms = { ...input, fieldOfUse, territory };
      const clash = await conflictingLicense(tx, terms);
      if (clash) {
        throw conflict(
          `The license overlaps an existing ${clash} license (or this ${input.scope} license excludes an existing one) for the same territory, field of use and term`,
          "scope",
        );
      }
      const created = tx.manager.create(IpLicense, {
        ipAssetId: asset.id,
        licenseeId: input.licenseeId,
        scope: input.scope,
        fieldOfUse,
        territory,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        royaltyTerms: input.royaltyTerms ?? "",
        grantedById: access.viewer.userId,
      });
      await tx.manager.save(created);
      tx.audit({ action: "grantLicense", entityType: "IpLicense", entityId: created.id, allianceId: asset.allianceId, changes: terms });
      if (locked.diffusionStatus === DiffusionStatus.PENDING && !(await isMember(tx, asset.allianceId, input.licenseeId))) {
        const fields = {
          diffusionStatus: DiffusionStatus.DIFFUSED,
          diffusedOn: todayOf(clockOf(ctx)),
          diffusionMethod: DiffusionMethod.LICENSE_TO_NON_MEMBER,
          diffusionReference: null,
        };
        await tx.manager.update(IpAsset, { id: asset.id }, fields);
        tx.audit({
          action: "diffuseIpAsset",
          entityType: "IpAsset",
          entityId: asset.id,
          allianceId: asset.allianceId,
          changes: { ...fields, licenseId: created.id },
        });
      }
      return created;
    });
  }
}

export const ipLicenseService = new IpLicenseService();
