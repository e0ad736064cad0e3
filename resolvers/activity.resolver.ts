import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Alliance } from "../entities/alliance.entity";
import type { Context } from "../src/operation-context";
import { keyOf } from "../src/graphql/global-id";
import { activityService } from "../src/services/activity.service";
import { AllianceActivity } from "./types/activity.types";

@Authorized()
@Resolver(() => AllianceActivity)
export class AllianceActivityResolver {
  @Query(() => AllianceActivity, {
    nullable: true,
    description: "The alliance's activity report for a year, per indicator, dimension and in total (secretariat and analysts).",
  })
  async allianceActivity(
    @Ctx() ctx: Context,
    @Arg("allianceId", () => ID, { description: "The alliance." }) allianceId: string,
    @Arg("year", () => Int, { description: "The calendar year, 2000 to 2100." }) year: number,
  ): Promise<AllianceActivity> {
    return (await activityService.report(ctx, keyOf(allianceId, "Alliance", "allianceId"), year)) as AllianceActivity;
  }

  @FieldResolver(() => Alliance, { nullable: true, description: "The alliance reported on." })
  async alliance(@Ctx() ctx: Context, @Root() report: AllianceActivity): Promise<Alliance | null> {
    return (await ctx.loaders.alliance.load(report.allianceId)) ?? null;
  }
}
