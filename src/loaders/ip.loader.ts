/** Loaders of IP assets and the rights in them. */
import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { IpAsset } from "../../entities/ip-asset.entity";
import { IpOwner } from "../../entities/ip-owner.entity";
import { IpLicense } from "../../entities/ip-license.entity";
import type { Access } from "../auth/access";
import { visibleIpLicenseSql } from "../auth/permissions";
import { byIdLoader, childrenLoader, type Scope } from "./by-id.loader";
import type { LoaderDeps } from "./lazy";

/** The organizations holding a license of each asset (facts for the visibility rules). */
function licenseeIdsLoader(db: DataSource): DataLoader<string, string[]> {
  return new DataLoader(async (assetIds) => {
    const rows: { ip_asset_id: string; licensee_id: string }[] = await db.query(
      `SELECT DISTINCT ip_asset_id, licensee_id FROM ip_license WHERE ip_asset_id = ANY($1::uuid[])`,
      [assetIds],
    );
    return assetIds.map((id) => rows.filter((r) => r.ip_asset_id === id).map((r) => r.licensee_id));
  });
}

/** The licenses the viewer may see: all of an asset's, or their organization's own. */
function licenseScope(access: Access | null): Scope {
  return access ? (alias, params) => visibleIpLicenseSql(access, alias, params) : () => "FALSE";
}

/** Made on first read (see ./lazy.ts). */
export const ipLoaders = {
  /** Unscoped: `ipAssetService.get` applies the row check. */
  ipAsset: ({ db }: LoaderDeps) => byIdLoader(db, IpAsset),
  /** Unscoped facts for the rules; the `owners` field shows them only to the rights audience. */
  ipOwner: ({ db }: LoaderDeps) => byIdLoader(db, IpOwner),
  ipOwnersByAsset: ({ db }: LoaderDeps) => childrenLoader(db, IpOwner, "ipAssetId", { orderBy: "basisPoints" }),
  ipLicenseeIdsByAsset: ({ db }: LoaderDeps) => licenseeIdsLoader(db),
  /** The licenses of each asset that the viewer may see (all of them, or its own). */
  visibleLicensesByAsset: ({ db, access }: LoaderDeps) =>
    childrenLoader(db, IpLicense, "ipAssetId", { scope: licenseScope(access), orderBy: "createdAt" }),
  visibleIpLicense: ({ db, access }: LoaderDeps) => byIdLoader(db, IpLicense, licenseScope(access)),
};
