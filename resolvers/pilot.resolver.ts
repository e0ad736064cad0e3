import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Alliance } from "../entities/alliance.entity";
import { PilotApplication } from "../entities/pilot-application.entity";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { keyOf, withKeys } from "../src/graphql/global-id";
import { pilotService } from "../src/services/pilot.service";
import { ApplyForPilotInput, DecidePilotInput } from "./inputs/pilot.input";
import { Node } from "../src/graphql/node";
import { AppError, ErrorCode } from "../src/errors";
import { fetchNode } from "../src/services/node.service";
import { PilotOffender, PilotReadiness } from "./types/pilot.types";

@Authorized()
@Resolver(() => PilotReadiness)
export class PilotReadinessResolver {
  @Query(() => PilotReadiness, {
    nullable: true,
    description: "Which basic conditions of Art. 8 the alliance meets, and why not (secretariat and analysts).",
  })
  async pilotReadiness(
    @Ctx() ctx: Context,
    @Arg("allianceId", () => ID, { description: "The alliance (联盟) applying to the national pilot." }) allianceId: string,
  ): Promise<PilotReadiness> {
    return (await pilotService.readiness(ctx, keyOf(allianceId, "Alliance", "allianceId"))) as PilotReadiness;
  }

  @FieldResolver(() => Alliance, { description: "The alliance." })
  async alliance(@Ctx() ctx: Context, @Root() readiness: PilotReadiness): Promise<Alliance | undefined> {
    return ctx.loaders.alliance.load(readiness.allianceId);
  }
}

@Authorized()
@Resolver(() => PilotApplication)
export class PilotApplicationResolver {
  @Mutation(() => PilotApplication, {
    description: "Apply for the pilot programme (secretariat); only when every Art. 8 condition is met.",
  })
  applyForPilot(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `ApplyForPilotInput`." }) input: ApplyForPilotInput,
  ): Promise<PilotApplication> {
    return pilotService.apply(ctx, withKeys(input, { allianceId: "Alliance" }));
  }

  @Mutation(() => PilotApplication, { description: "Approve or reject a pilot application (the coordination office: a platform admin)." })
  decidePilot(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `DecidePilotInput`." }) input: DecidePilotInput,
  ): Promise<PilotApplication> {
    return pilotService.decide(ctx, withKeys(input, { pilotApplicationId: "PilotApplication" }));
  }

  @FieldResolver(() => Alliance, { description: "The alliance." })
  async alliance(@Ctx() ctx: Context, @Root() application: PilotApplication): Promise<Alliance | undefined> {
    return ctx.loaders.alliance.load(application.allianceId);
  }

  @FieldResolver(() => PilotReadiness, { description: "The readiness report as it stood when the application was filed." })
  readiness(@Root() application: PilotApplication): PilotReadiness {
    return application.readiness as PilotReadiness;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who applied." })
  async appliedBy(@Ctx() ctx: Context, @Root() application: PilotApplication): Promise<User | null> {
    return application.appliedById ? ((await ctx.loaders.user.load(application.appliedById)) ?? null) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who decided." })
  async decidedBy(@Ctx() ctx: Context, @Root() application: PilotApplication): Promise<User | null> {
    return application.decidedById ? ((await ctx.loaders.user.load(application.decidedById)) ?? null) : null;
  }
}

@Authorized()
@Resolver(() => Alliance)
export class AlliancePilotResolver {
  @FieldResolver(() => PilotApplication, { nullable: true, description: "The latest pilot application (secretariat and analysts)." })
  pilotApplication(@Ctx() ctx: Context, @Root() alliance: Alliance): Promise<PilotApplication | null> {
    return pilotService.latest(ctx, alliance.id);
  }
}

@Authorized()
@Resolver(() => PilotOffender)
export class PilotOffenderResolver {
  @FieldResolver(() => Node, { nullable: true, description: "The offending record itself; null if you may not see it (or it is gone)." })
  async subject(@Ctx() ctx: Context, @Root() offender: PilotOffender): Promise<object | null> {
    return fetchNode(ctx, offender.id).catch((error: unknown) => {
      if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    });
  }
}
