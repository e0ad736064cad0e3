/**
 * Access rights to background and results (as in consortium agreements; docs/access-rights.md).
 * An ORG_ADMIN of a participant that does not own the asset requests access to it, for
 * EXECUTION of the project or EXPLOITATION of its results, until one year after the project's
 * end date. An ORG_ADMIN of every current owner decides: the request is GRANTED in the
 * transaction of the last grant, REFUSED at the first refusal. EXECUTION is royalty-free;
 * EXPLOITATION is granted on terms, and every granting owner grants the same terms (the first
 * grant's; a different one is a CONFLICT), which become the request's.
 */
import { AccessDecision } from "../../entities/access-decision.entity";
import { AccessRequest, AccessRequestStatus, type AccessPurpose } from "../../entities/access-request.entity";
import type { AccessTerms } from "../../entities/access-terms";
import type { IpAsset } from "../../entities/ip-asset.entity";
import type { Project } from "../../entities/project.entity";
import { clockOf, requireAccess, write, type Context } from "../operation-context";
import { AppError, ErrorCode, badInput, conflict, forbidden, notFound } from "../errors";
import { addYears, todayOf } from "../clock";
import type { Tx } from "../db/transaction";
import { childPage, listPage, type ListArgs, type Page } from "../collections/page";
import { accessRequests } from "../collections/access-rights";
import { checkGrantTerms, noTerms, sameTerms, shownTerms, termsOf, type AccessTermsData } from "./access-terms";
import { backgroundService, participantAct } from "./background.service";
import { ipAssetService, lockIpAsset, ownerIdsIn } from "./ip-asset.service";

/** Topics on the project's activity stream; the subject is the request. */
const REQUESTED = "accessRequest.requested";
const DECIDED = "accessRequest.decided";

export interface RequestAccessData {
  ipAssetId: string;
  projectId: string;
  purpose: AccessPurpose;
  justification: string;
}

export interface DecideAccessData {
  requestId: string;
  grant: boolean;
  terms?: AccessTermsData | null;
  reason?: string | null;
}

/** The last day access rights to a project's background and results may be requested: one year after its end. */
function requestDeadline(project: Project): string | null {
  return project.endDate ? addYears(project.endDate, 1) : null;
}

/** The request as it is inside the transaction, locked against concurrent decisions. */
async function lockRequest(tx: Tx, id: string): Promise<AccessRequest> {
  const request = await tx.manager
    .getRepository(AccessRequest)
    .createQueryBuilder("ar")
    .setLock("pessimistic_write")
    .where("ar.id = :id", { id })
    .getOne();
  if (!request) throw notFound("AccessRequest", "requestId");
  return request;
}

class AccessRequestService {
  async get(ctx: Context, id: string, field = "id"): Promise<AccessRequest> {
    const request = await requireAccess(ctx).visible("accessRequest", id, ctx.loaders.accessRequest);
    if (!request) throw notFound("AccessRequest", field);
    return request;
  }

  async getDecision(ctx: Context, id: string): Promise<AccessDecision> {
    const decision = await requireAccess(ctx).visible("accessDecision", id, ctx.loaders.accessDecision);
    if (!decision) throw notFound("AccessDecision", "id");
    return decision;
  }

  list(ctx: Context, args: ListArgs): Promise<Page<AccessRequest>> {
    return listPage(ctx, requireAccess(ctx), accessRequests, args);
  }

  listByProject(ctx: Context, project: Project, args: ListArgs): Promise<Page<AccessRequest>> {
    return childPage(ctx, requireAccess(ctx), accessRequests, "projectId", project.id, args, {
      field: "project.accessRequests",
      prime: ctx.loaders.accessRequest,
    });
  }

  listByAsset(ctx: Context, asset: IpAsset, args: ListArgs): Promise<Page<AccessRequest>> {
    return childPage(ctx, requireAccess(ctx), accessRequests, "ipAssetId", asset.id, args, {
      field: "ipAsset.accessRequests",
      prime: ctx.loaders.accessRequest,
    });
  }

  /** Every owner's decision so far, in the order given. */
  decisions(ctx: Context, request: AccessRequest): Promise<AccessDecision[]> {
    return ctx.loaders.decisionsByRequest.load(request.id);
  }

  terms(terms: AccessTerms | null | undefined): AccessTerms | null {
    return shownTerms(terms);
  }

  /**
   * An ORG_ADMIN of a participant asks for access to an asset that is background of the project
   * or one of its results; an asset the viewer may not see (a trade secret) is NOT_FOUND.
   */
  async request(ctx: Context, input: RequestAccessData): Promise<AccessRequest> {
    const access = requireAccess(ctx);
    const { project, asset, organizationId: requesterId } = await participantAct(ctx, input, "request access rights in the project");
    const justification = input.justification;
    if (asset.originProjectId !== project.id && !(await backgroundService.isBackground(ctx, project.id, asset.id))) {
      throw badInput("ipAssetId", "the asset is neither background declared to the project nor a result of it");
    }
    const { ownerOrganizationIds } = await ipAssetService.facts(ctx, asset.id);
    if (ownerOrganizationIds.includes(requesterId)) {
      throw badInput("ipAssetId", "your organization owns this asset: owners need no access rights");
    }
    const clock = clockOf(ctx);
    const deadline = requestDeadline(project);
    if (deadline && todayOf(clock) > deadline) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `access rights in this project could be requested until ${deadline}, one year after its end date ${project.endDate}`,
        { field: "projectId", fields: ["projectId"], deadline },
      );
    }
    return write(ctx, async (tx) => {
      const request = tx.manager.create(AccessRequest, {
        allianceId: project.allianceId,
        ipAssetId: asset.id,
        projectId: project.id,
        requesterId,
        requestedByUserId: access.viewer.userId,
        purpose: input.purpose,
        justification,
        status: AccessRequestStatus.REQUESTED,
        terms: noTerms(),
        requestedAt: clock.now(),
        decidedAt: null,
      });
      await tx.manager.save(request);
      tx.audit({
        action: "requestAccessRights",
        entityType: "AccessRequest",
        entityId: request.id,
        allianceId: project.allianceId,
        changes: { ...input, requesterId },
      });
      tx.emit({
        topic: REQUESTED,
        entityType: "AccessRequest",
        entityId: request.id,
        allianceId: project.allianceId,
        projectId: project.id,
        organizationIds: [requesterId, ...ownerOrganizationIds],
      });
      return request;
    });
  }

  /**
   * An ORG_ADMIN of a current owner grants (on terms) or refuses, once per owner. Owners are
   * read under the asset's lock, so a change of owners and a decision are ordered.
   */
  async decide(ctx: Context, input: DecideAccessData): Promise<AccessRequest> {
    const access = requireAccess(ctx);
    const request = await this.get(ctx, input.requestId, "requestId");
    const { ownerOrganizationIds } = await ipAssetService.facts(ctx, request.ipAssetId);
    const organizationId = ownerOrganizationIds.find((org) => access.isOrgAdminOf(org));
    if (!organizationId) throw forbidden("Only an ORG_ADMIN of an owner of the asset may decide on access to it");
    const terms = termsOf(input.terms);
    if (input.grant) checkGrantTerms(request.purpose, terms, todayOf(clockOf(ctx)));
    else if (terms) throw badInput("terms", "a refusal carries no terms (give a reason instead)");
    const reason = input.reason ?? null;
    return write(ctx, async (tx) => {
      await lockIpAsset(tx, request.ipAssetId);
      const current = await lockRequest(tx, request.id);
      if (current.status !== AccessRequestStatus.REQUESTED) {
        throw conflict(`The request is already ${current.status}`, "requestId");
      }
      const owners = await ownerIdsIn(tx, request.ipAssetId);
      if (!owners.includes(organizationId)) throw forbidden("Only an ORG_ADMIN of an owner of the asset may decide on access to it");
      const earlier = (await tx.manager.find(AccessDecision, { where: { requestId: request.id } })).filter((d) =>
        owners.includes(d.organizationId),
      );
      if (earlier.some((d) => d.organizationId === organizationId)) {
        throw conflict("Your organization has already decided on this request", "requestId");
      }
      // The terms of the grants so far (the first grant's), which this one must match.
      const agreed = earlier.some((d) => d.grant) ? shownTerms(current.terms) : undefined;
      if (input.grant && agreed !== undefined && !sameTerms(agreed, terms)) {
        throw conflict("Another owner has granted this request on other terms: grant on the same terms, or refuse", "terms");
      }
      const now = clockOf(ctx).now();
      const decision = tx.manager.create(AccessDecision, {
        requestId: request.id,
        organizationId,
        decidedByUserId: access.viewer.userId,
        grant: input.grant,
        terms: terms ?? noTerms(),
        reason,
        decidedAt: now,
      });
      await tx.manager.save(decision);
      tx.audit({
        action: "decideAccessRequest",
        entityType: "AccessRequest",
        entityId: request.id,
        allianceId: request.allianceId,
        changes: { organizationId, grant: input.grant, terms, reason },
      });
      const fields: Partial<AccessRequest> = {};
      if (!input.grant) {
        // One refusal refuses the request, which then shows no terms.
        Object.assign(fields, { status: AccessRequestStatus.REFUSED, decidedAt: now, terms: noTerms() });
      } else {
        // The first grant sets the terms; the grant of the last owner grants the request.
        if (agreed === undefined) fields.terms = terms ?? noTerms();
        const granted = earlier.filter((d) => d.grant).length + 1;
        if (granted === owners.length) Object.assign(fields, { status: AccessRequestStatus.GRANTED, decidedAt: now });
      }
      if (Object.keys(fields).length > 0) await tx.manager.update(AccessRequest, { id: request.id }, fields);
      tx.emit({
        topic: DECIDED,
        entityType: "AccessRequest",
        entityId: request.id,
        allianceId: request.allianceId,
        projectId: request.projectId,
        organizationIds: [request.requesterId, organizationId],
      });
      return tx.manager.create(AccessRequest, { ...current, ...fields });
    });
  }
}

export const accessRequestService = new AccessRequestService();
