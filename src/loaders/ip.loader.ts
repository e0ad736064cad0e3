/** Loaders of IP assets and the rights in them. */
import { AccessDecision } from "../../entities/access-decision.entity";
import { AccessRequest } from "../../entities/access-request.entity";
import { BackgroundDeclaration } from "../../entities/background-declaration.entity";
import { IpAsset } from "../../entities/ip-asset.entity";
import { IpOwner } from "../../entities/ip-owner.entity";
import { IpLicense } from "../../entities/ip-license.entity";
import type { Access } from "../auth/access";
import { visibleIpLicenseSql } from "../auth/permissions";
import { byIdLoader, childrenLoader, type Scope } from "./by-id.loader";
import type { LoaderDeps } from "./lazy";

/** The licenses the viewer may see: all of an asset's, or their organization's own. */
function licenseScope(access: Access | null): Scope {
  return access ? (alias, params) => visibleIpLicenseSql(access, alias, params) : () => "FALSE";
}

/** Made on first read (see ./lazy.ts). */
export const ipLoaders = {
  /** Unscoped: `ipAssetService.get` applies the row check. */
  ipAsset: ({ db }: LoaderDeps) => byIdLoader(db, IpAsset),
  /** Unscoped; the `owners` field and `node(id)` show them only to the rights audience. */
  ipOwner: ({ db }: LoaderDeps) => byIdLoader(db, IpOwner),
  ipOwnersByAsset: ({ db }: LoaderDeps) => childrenLoader(db, IpOwner, "ipAssetId", { orderBy: "basisPoints" }),
  /** The licenses of each asset that the viewer may see (all of them, or its own). */
  visibleLicensesByAsset: ({ db, access }: LoaderDeps) =>
    childrenLoader(db, IpLicense, "ipAssetId", { scope: licenseScope(access), orderBy: "createdAt" }),
  visibleIpLicense: ({ db, access }: LoaderDeps) => byIdLoader(db, IpLicense, { scope: licenseScope(access) }),
  /** Unscoped: the background and access-request services apply the row checks. */
  backgroundDeclaration: ({ db }: LoaderDeps) => byIdLoader(db, BackgroundDeclaration),
  accessRequest: ({ db }: LoaderDeps) => byIdLoader(db, AccessRequest),
  accessDecision: ({ db }: LoaderDeps) => byIdLoader(db, AccessDecision),
  /** Each owner's decision, asked only of requests the viewer sees. */
  decisionsByRequest: ({ db }: LoaderDeps) => childrenLoader(db, AccessDecision, "requestId", { orderBy: "decidedAt" }),
};
