/**
 * Background declared to projects and access requests to background and results
 * (docs/access-rights.md): requests are seen by the requester, the owners, the secretariat and
 * analysts, never beyond the asset's own visibility (src/auth).
 */
import { AccessPurpose, AccessRequest, AccessRequestStatus } from "../../entities/access-request.entity";
import { BackgroundDeclaration } from "../../entities/background-declaration.entity";
import { visibleAccessRequestSql, visibleBackgroundDeclarationSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";
import { ipAssets } from "./ip-asset";
import { organizations } from "./organization";

export const backgroundDeclarations = defineCollection({
  name: "BackgroundDeclaration",
  entity: BackgroundDeclaration,
  alias: "bd",
  visibility: visibleBackgroundDeclarationSql,
  fields: {
    id: field.id("BackgroundDeclaration", { description: "The declaration." }),
    projectId: field.id("Project", { description: "The project it is brought to." }),
    ipAssetId: field.id("IpAsset", { description: "The asset brought as background." }),
    declaredById: field.id("Organization", { description: "The owner organization that brings it." }),
    declaredAt: field.datetime({ order: "DECLARED_AT", description: "When it was declared." }),
  },
  relations: { ipAsset: { to: () => ipAssets, on: "ipAssetId", description: "Declarations whose asset matches this." } },
  defaultOrder: [["declaredAt", SortDirection.ASC]],
});

export const accessRequests = defineCollection({
  name: "AccessRequest",
  entity: AccessRequest,
  alias: "ar",
  visibility: visibleAccessRequestSql,
  fields: {
    id: field.id("AccessRequest", { description: "The request." }),
    allianceId: field.id("Alliance", { description: "The alliance of the project." }),
    ipAssetId: field.id("IpAsset", { description: "The asset access is asked to." }),
    projectId: field.id("Project", { description: "The project access is asked in." }),
    requesterId: field.id("Organization", { description: "The participant organization asking for access." }),
    purpose: field.enum(AccessPurpose, "AccessPurpose", { order: "PURPOSE", description: "EXECUTION or EXPLOITATION." }),
    status: field.enum(AccessRequestStatus, "AccessRequestStatus", { order: "STATUS", description: "REQUESTED, GRANTED or REFUSED." }),
    requestedAt: field.datetime({ order: "REQUESTED_AT", description: "When it was requested." }),
    // Requests still waiting sort after the decided ones.
    decidedAt: field.datetime({
      order: "DECIDED_AT",
      nullsAs: "'infinity'::timestamptz",
      description: "When it was granted or refused (null while REQUESTED).",
    }),
  },
  relations: {
    ipAsset: { to: () => ipAssets, on: "ipAssetId", description: "Requests whose asset matches this." },
    requester: { to: () => organizations, on: "requesterId", description: "Requests whose requester matches this." },
  },
  defaultOrder: [["requestedAt", SortDirection.DESC]],
  export: {
    path: "accessRequests",
    columns: ["id", "allianceId", "projectId", "ipAssetId", "requesterId", "purpose", "status", "requestedAt", "decidedAt"],
  },
  aggregate: {
    dimensions: {
      STATUS: { field: "status", description: "REQUESTED, GRANTED or REFUSED." },
      PURPOSE: { field: "purpose", key: "kind", description: "EXECUTION or EXPLOITATION (in the key's `kind`)." },
      ALLIANCE: { field: "allianceId", description: "The alliance." },
      PROJECT: { field: "projectId", description: "The project the access is asked for." },
      REQUESTER: { field: "requesterId", key: "organizationId", description: "The requesting organization." },
    },
    dates: {
      REQUESTED_AT: { field: "requestedAt", description: "When it was requested (UTC)." },
      DECIDED_AT: { field: "decidedAt", description: "When it was granted or refused (UTC)." },
    },
    defaultDate: "REQUESTED_AT",
  },
});
