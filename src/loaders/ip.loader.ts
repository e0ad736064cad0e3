/** Loaders of IP assets and the rights in them. */
import type { DataSource } from "typeorm";
import { IpAsset } from "../../entities/ip-asset.entity";
import { IpOwner } from "../../entities/ip-owner.entity";
import { IpLicense } from "../../entities/ip-license.entity";
import type { Access } from "../auth/access";
import { visibleIpLicenseSql } from "../auth/permissions";
import { byIdLoader, childrenLoader } from "./by-id.loader";

export function ipLoaders(db: DataSource, access: Access | null) {
  const licenseScope = access ? (alias: string, params: Parameters<typeof visibleIpLicenseSql>[2]) => visibleIpLicenseSql(access, alias, params) : () => "FALSE";
  return {
    /** Unscoped: `ipAssetService.get` applies the row check. */
    ipAsset: byIdLoader(db, IpAsset),
    /** Unscoped; the `owners` field and `node(id)` show them only to the rights audience. */
    ipOwner: byIdLoader(db, IpOwner),
    ipOwnersByAsset: childrenLoader(db, IpOwner, "ipAssetId", { orderBy: "basisPoints" }),
    /** The licenses of each asset that the viewer may see (all of them, or its own). */
    visibleLicensesByAsset: childrenLoader(db, IpLicense, "ipAssetId", { scope: licenseScope, orderBy: "createdAt" }),
    visibleIpLicense: byIdLoader(db, IpLicense, licenseScope),
  };
}
