import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { TalentExchange } from "../entities/talent-exchange.entity";
import { Alliance } from "../entities/alliance.entity";
import { Organization } from "../entities/organization.entity";
import { Project } from "../entities/project.entity";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { talentExchangeService } from "../src/services/talent-exchange.service";
import { projectService } from "../src/services/project.service";
import {
  DecideTalentExchangeInput,
  ProposeTalentExchangeInput,
  TalentExchangeFilter,
  TalentExchangeOrder,
  UpdateTalentExchangeInput,
} from "./inputs/talent-exchange.input";
import { TalentExchangeConnection } from "./types/project-connections";

@Authorized()
@Resolver(() => TalentExchange)
export class TalentExchangeResolver {
  @Query(() => TalentExchangeConnection, {
    description: "Exchanges involving your organization; all of them for the secretariat and analysts.",
  })
  async talentExchanges(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => TalentExchangeFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: TalentExchangeFilter,
    @Arg("orderBy", () => [TalentExchangeOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof TalentExchangeOrder>[],
  ): Promise<TalentExchangeConnection> {
    return new TalentExchangeConnection(await talentExchangeService.list(ctx, { ...page, filter, orderBy }));
  }

  @Mutation(() => TalentExchange, { description: "An ORG_ADMIN of the sending or the receiving organization proposes." })
  proposeTalentExchange(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `ProposeTalentExchangeInput`." })
    input: ProposeTalentExchangeInput,
  ): Promise<TalentExchange> {
    return talentExchangeService.propose(
      ctx,
      withKeys(input, {
        allianceId: "Alliance",
        personId: "User",
        fromOrganizationId: "Organization",
        toOrganizationId: "Organization",
        projectId: "Project",
      }),
    );
  }

  @Mutation(() => TalentExchange, { description: "The other side's ORG_ADMIN or the secretariat approves or rejects a PROPOSED exchange." })
  decideTalentExchange(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `DecideTalentExchangeInput`." })
    input: DecideTalentExchangeInput,
  ): Promise<TalentExchange> {
    return talentExchangeService.decide(ctx, withKeys(input, { talentExchangeId: "TalentExchange" }));
  }

  @Mutation(() => TalentExchange, { description: "Start, complete or cancel (either side's ORG_ADMIN or the secretariat)." })
  updateTalentExchange(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `UpdateTalentExchangeInput`." })
    input: UpdateTalentExchangeInput,
  ): Promise<TalentExchange> {
    return talentExchangeService.update(ctx, withKeys(input, { talentExchangeId: "TalentExchange" }));
  }

  @FieldResolver(() => Alliance, { description: "The alliance." })
  async alliance(@Ctx() ctx: Context, @Root() exchange: TalentExchange): Promise<Alliance | undefined> {
    return ctx.loaders.alliance.load(exchange.allianceId);
  }

  @FieldResolver(() => User, { nullable: true, description: "Null if you may not see the person." })
  async person(@Ctx() ctx: Context, @Root() exchange: TalentExchange): Promise<User | null> {
    return (await ctx.loaders.user.load(exchange.personId)) ?? null;
  }

  @FieldResolver(() => Organization, { description: "The sending organization." })
  async fromOrganization(@Ctx() ctx: Context, @Root() exchange: TalentExchange): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(exchange.fromOrganizationId);
  }

  @FieldResolver(() => Organization, { description: "The host organization." })
  async toOrganization(@Ctx() ctx: Context, @Root() exchange: TalentExchange): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(exchange.toOrganizationId);
  }

  @FieldResolver(() => Project, { nullable: true, description: "Null when none, or when you may not see the project." })
  async project(@Ctx() ctx: Context, @Root() exchange: TalentExchange): Promise<Project | null> {
    return exchange.projectId ? projectService.find(ctx, exchange.projectId) : null;
  }
}
