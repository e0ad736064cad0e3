import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { AccessDecision } from "../entities/access-decision.entity";
import { AccessRequest } from "../entities/access-request.entity";
import { AccessTerms } from "../entities/access-terms";
import { BackgroundDeclaration } from "../entities/background-declaration.entity";
import { IpAsset } from "../entities/ip-asset.entity";
import { Organization } from "../entities/organization.entity";
import { Project } from "../entities/project.entity";
import type { Context } from "../src/operation-context";
import { withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { accessRequestService } from "../src/services/access-request.service";
import { backgroundService } from "../src/services/background.service";
import { ipAssetService } from "../src/services/ip-asset.service";
import { projectService } from "../src/services/project.service";
import {
  AccessRequestListArgs,
  BackgroundDeclarationFilter,
  BackgroundDeclarationOrder,
  DecideAccessRequestInput,
  DeclareBackgroundInput,
  RequestAccessRightsInput,
} from "./inputs/access-rights.input";
import { AccessRequestConnection, BackgroundDeclarationConnection } from "./types/agreement-ip-connections";

@Authorized()
@Resolver(() => BackgroundDeclaration)
export class BackgroundDeclarationResolver {
  @Mutation(() => BackgroundDeclaration, {
    description: "Declare an asset your organization owns as background to a project it takes part in (a participant's ORG_ADMIN).",
  })
  declareBackground(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The project, the asset and the access conditions." }) input: DeclareBackgroundInput,
  ): Promise<BackgroundDeclaration> {
    return backgroundService.declare(ctx, withKeys(input, { projectId: "Project", ipAssetId: "IpAsset" }));
  }

  @FieldResolver(() => Project, { description: "The project the asset is brought to." })
  project(@Ctx() ctx: Context, @Root() declaration: BackgroundDeclaration): Promise<Project> {
    return projectService.get(ctx, declaration.projectId);
  }

  @FieldResolver(() => IpAsset, { description: "The asset brought as background." })
  ipAsset(@Ctx() ctx: Context, @Root() declaration: BackgroundDeclaration): Promise<IpAsset> {
    return ipAssetService.get(ctx, declaration.ipAssetId, "id");
  }

  @FieldResolver(() => Organization, { description: "The owner organization that brings it." })
  async declaredBy(@Ctx() ctx: Context, @Root() declaration: BackgroundDeclaration): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(declaration.declaredById);
  }
}

@Authorized()
@Resolver(() => AccessRequest)
export class AccessRequestResolver {
  @Query(() => AccessRequestConnection, {
    description: "Access requests you may see: your organization's, those on assets it owns; all for the secretariat and analysts.",
  })
  async accessRequests(@Ctx() ctx: Context, @Args() args: AccessRequestListArgs): Promise<AccessRequestConnection> {
    return new AccessRequestConnection(await accessRequestService.list(ctx, args));
  }

  @Mutation(() => AccessRequest, {
    description: "Ask the owners for access rights to background or results of a project (a participant's ORG_ADMIN, not an owner).",
  })
  requestAccessRights(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The asset, the project, the purpose and why." }) input: RequestAccessRightsInput,
  ): Promise<AccessRequest> {
    return accessRequestService.request(ctx, withKeys(input, { projectId: "Project", ipAssetId: "IpAsset" }));
  }

  @Mutation(() => AccessRequest, {
    description: "Grant (on terms) or refuse an access request for your organization as an owner (an owner's ORG_ADMIN).",
  })
  decideAccessRequest(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request, grant or refuse, and the terms of a grant." }) input: DecideAccessRequestInput,
  ): Promise<AccessRequest> {
    return accessRequestService.decide(ctx, withKeys(input, { requestId: "AccessRequest" }));
  }

  @FieldResolver(() => IpAsset, { description: "The asset access is asked to." })
  ipAsset(@Ctx() ctx: Context, @Root() request: AccessRequest): Promise<IpAsset> {
    return ipAssetService.get(ctx, request.ipAssetId, "id");
  }

  @FieldResolver(() => Project, { nullable: true, description: "The project; null if you may not see it." })
  project(@Ctx() ctx: Context, @Root() request: AccessRequest): Promise<Project | null> {
    return projectService.find(ctx, request.projectId);
  }

  @FieldResolver(() => Organization, { description: "The participant organization asking for access." })
  async requester(@Ctx() ctx: Context, @Root() request: AccessRequest): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(request.requesterId);
  }

  @FieldResolver(() => AccessTerms, {
    nullable: true,
    description: "GRANTED: the terms every owner granted. REQUESTED: the terms of the grants so far. Null when none.",
  })
  terms(@Root() request: AccessRequest): AccessTerms | null {
    return accessRequestService.terms(request.terms);
  }

  @FieldResolver(() => [AccessDecision], { description: "Each owner's decision so far, in the order given." })
  decisions(@Ctx() ctx: Context, @Root() request: AccessRequest): Promise<AccessDecision[]> {
    return accessRequestService.decisions(ctx, request);
  }
}

@Authorized()
@Resolver(() => AccessDecision)
export class AccessDecisionResolver {
  @FieldResolver(() => Organization, { description: "The owner organization that decided." })
  async organization(@Ctx() ctx: Context, @Root() decision: AccessDecision): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(decision.organizationId);
  }

  @FieldResolver(() => AccessTerms, { nullable: true, description: "The terms this owner granted on; null for a refusal or none." })
  terms(@Root() decision: AccessDecision): AccessTerms | null {
    return accessRequestService.terms(decision.terms);
  }

  @FieldResolver(() => AccessRequest, { description: "The request decided on." })
  request(@Ctx() ctx: Context, @Root() decision: AccessDecision): Promise<AccessRequest> {
    return accessRequestService.get(ctx, decision.requestId);
  }
}

@Authorized()
@Resolver(() => Project)
export class ProjectAccessRightsResolver {
  @FieldResolver(() => BackgroundDeclarationConnection, {
    description: "Background declared to the project that you may see (a trade secret only by those who may see it).",
  })
  async background(
    @Ctx() ctx: Context,
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg("filter", () => BackgroundDeclarationFilter, { nullable: true, description: "Only the declarations matching this." })
    filter?: BackgroundDeclarationFilter,
    @Arg("orderBy", () => [BackgroundDeclarationOrder], { nullable: true, description: "Default: in the order declared." })
    orderBy?: InstanceType<typeof BackgroundDeclarationOrder>[],
  ): Promise<BackgroundDeclarationConnection> {
    return new BackgroundDeclarationConnection(await backgroundService.listByProject(ctx, project, { ...page, filter, orderBy }));
  }

  @FieldResolver(() => AccessRequestConnection, { description: "Access requests in the project that you may see." })
  async accessRequests(
    @Ctx() ctx: Context,
    @Root() project: Project,
    @Args() args: AccessRequestListArgs,
  ): Promise<AccessRequestConnection> {
    return new AccessRequestConnection(await accessRequestService.listByProject(ctx, project, args));
  }
}

@Authorized()
@Resolver(() => IpAsset)
export class IpAssetAccessRequestsResolver {
  @FieldResolver(() => AccessRequestConnection, { description: "Access requests to this asset that you may see." })
  async accessRequests(@Ctx() ctx: Context, @Root() asset: IpAsset, @Args() args: AccessRequestListArgs): Promise<AccessRequestConnection> {
    return new AccessRequestConnection(await accessRequestService.listByAsset(ctx, asset, args));
  }
}
