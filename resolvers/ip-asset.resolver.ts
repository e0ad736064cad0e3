import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Alliance } from "../entities/alliance.entity";
import { DiffusionStatus, IpAsset } from "../entities/ip-asset.entity";
import { IpLicense } from "../entities/ip-license.entity";
import { IpOwner } from "../entities/ip-owner.entity";
import { Organization } from "../entities/organization.entity";
import { Project } from "../entities/project.entity";
import type { Context } from "../src/operation-context";
import { keyOf, withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { ipAssetService } from "../src/services/ip-asset.service";
import { ipLicenseService } from "../src/services/ip-license.service";
import {
  GrantLicenseInput,
  IpAssetFilter,
  IpAssetOrder,
  IpOwnerInput,
  RecordDiffusionInput,
  RegisterIpAssetInput,
  SetIpOwnersInput,
  UpdateIpAssetStatusInput,
} from "./inputs/ip-asset.input";
import { IpAssetConnection } from "./types/agreement-ip-connections";

function ownerKeys(owners: IpOwnerInput[]) {
  return owners.map((o, i) => ({
    organizationId: keyOf(o.organizationId, "Organization", `owners[${i}].organizationId`),
    basisPoints: o.basisPoints,
  }));
}

@Authorized()
@Resolver(() => IpAsset)
export class IpAssetResolver {
  @Query(() => IpAsset, { nullable: true, description: "NOT_FOUND (and null) if it does not exist or you may not see it." })
  ipAsset(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Its global id." }) id: string): Promise<IpAsset> {
    return ipAssetService.get(ctx, keyOf(id, "IpAsset", "id"), "id");
  }

  @Query(() => IpAssetConnection, { description: "IP assets you may see, newest first (trade secrets: owners and secretariat only)." })
  async ipAssets(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => IpAssetFilter, { nullable: true, description: "Only the rows matching these conditions." }) filter?: IpAssetFilter,
    @Arg("orderBy", () => [IpAssetOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof IpAssetOrder>[],
  ): Promise<IpAssetConnection> {
    return new IpAssetConnection(await ipAssetService.list(ctx, { ...page, filter, orderBy }));
  }

  @Mutation(() => IpAsset, { description: "Register an IP right or result (secretariat, or an active member's ORG_ADMIN for its own)." })
  registerIpAsset(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `RegisterIpAssetInput`." }) input: RegisterIpAssetInput,
  ): Promise<IpAsset> {
    const keyed = withKeys(input, { allianceId: "Alliance", originProjectId: "Project" });
    return ipAssetService.register(ctx, { ...keyed, owners: input.owners && ownerKeys(input.owners) });
  }

  @Mutation(() => IpAsset, {
    description:
      "Replace the owners; shares total exactly 10000. Only on an asset with no owners yet (secretariat) or owned by your organization alone (its ORG_ADMIN); a co-owned asset's owners change through proposeIpOwnershipChange.",
  })
  setIpOwners(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `SetIpOwnersInput`." }) input: SetIpOwnersInput,
  ): Promise<IpAsset> {
    return ipAssetService.setOwners(ctx, { ipAssetId: keyOf(input.ipAssetId, "IpAsset", "ipAssetId"), owners: ownerKeys(input.owners) });
  }

  @Mutation(() => IpAsset, { description: "Move along the lifecycle: DRAFT → FILED → PUBLISHED → GRANTED → LAPSED | EXPIRED; ABANDONED." })
  updateIpAssetStatus(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `UpdateIpAssetStatusInput`." }) input: UpdateIpAssetStatusInput,
  ): Promise<IpAsset> {
    return ipAssetService.updateStatus(ctx, withKeys(input, { ipAssetId: "IpAsset" }));
  }

  @Mutation(() => IpAsset, { description: "Record a public disclosure that fulfils the diffusion duty (Art. 8.6)." })
  recordDiffusion(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `RecordDiffusionInput`." }) input: RecordDiffusionInput,
  ): Promise<IpAsset> {
    return ipAssetService.recordDiffusion(ctx, withKeys(input, { ipAssetId: "IpAsset" }));
  }

  @FieldResolver(() => Alliance, { description: "The alliance." })
  async alliance(@Ctx() ctx: Context, @Root() asset: IpAsset): Promise<Alliance | undefined> {
    return ctx.loaders.alliance.load(asset.allianceId);
  }

  @FieldResolver(() => Project, { nullable: true, description: "The project it came from; null if none or if you may not see it." })
  originProject(@Ctx() ctx: Context, @Root() asset: IpAsset): Promise<Project | null> {
    return ipAssetService.originProject(ctx, asset);
  }

  @FieldResolver(() => DiffusionStatus, { description: "NOT_REQUIRED, or the duty's state today: PENDING, DIFFUSED or OVERDUE." })
  diffusionStatus(@Ctx() ctx: Context, @Root() asset: IpAsset): DiffusionStatus {
    return ipAssetService.diffusionStatus(ctx, asset);
  }

  @FieldResolver(() => [IpOwner], {
    nullable: true,
    description: "Owners and shares, largest first; null unless you belong to an owner, the secretariat or the analysts.",
  })
  owners(@Ctx() ctx: Context, @Root() asset: IpAsset): Promise<IpOwner[] | null> {
    return ipAssetService.owners(ctx, asset);
  }

  @FieldResolver(() => [IpLicense], {
    description: "All licenses for owners, secretariat and analysts; a licensee sees its own; others none.",
  })
  licenses(@Ctx() ctx: Context, @Root() asset: IpAsset): Promise<IpLicense[]> {
    return ipLicenseService.list(ctx, asset);
  }
}

@Authorized()
@Resolver(() => IpOwner)
export class IpOwnerResolver {
  @FieldResolver(() => Organization, { description: "The owner." })
  async organization(@Ctx() ctx: Context, @Root() owner: IpOwner): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(owner.organizationId);
  }
}

@Authorized()
@Resolver(() => IpLicense)
export class IpLicenseResolver {
  @Mutation(() => IpLicense, {
    description: "License an asset to a member or an outside organization (secretariat or an owner's ORG_ADMIN).",
  })
  grantLicense(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `GrantLicenseInput`." }) input: GrantLicenseInput,
  ): Promise<IpLicense> {
    return ipLicenseService.grant(ctx, withKeys(input, { ipAssetId: "IpAsset", licenseeId: "Organization" }));
  }

  @FieldResolver(() => IpAsset, { description: "The asset licensed." })
  ipAsset(@Ctx() ctx: Context, @Root() license: IpLicense): Promise<IpAsset> {
    return ipAssetService.get(ctx, license.ipAssetId, "id");
  }

  @FieldResolver(() => Organization, { description: "The organization licensed (a member or not)." })
  async licensee(@Ctx() ctx: Context, @Root() license: IpLicense): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(license.licenseeId);
  }
}

@Authorized()
@Resolver(() => Project)
export class ProjectIpAssetsResolver {
  @FieldResolver(() => IpAssetConnection, { description: "IP assets from this project that you may see." })
  async ipAssets(
    @Ctx() ctx: Context,
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg("filter", () => IpAssetFilter, { nullable: true, description: "Only the rows matching these conditions." }) filter?: IpAssetFilter,
    @Arg("orderBy", () => [IpAssetOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof IpAssetOrder>[],
  ): Promise<IpAssetConnection> {
    return new IpAssetConnection(await ipAssetService.list(ctx, { ...page, filter, orderBy, originProjectId: project.id }));
  }
}
