import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { AuditEntry } from "../entities/audit-entry.entity";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { toGlobalId } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { auditService } from "../src/services/audit.service";
import { AuditEntryFilter, AuditEntryOrder } from "./inputs/audit.input";
import { AuditEntryConnection } from "./types/connections";

@Authorized()
@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: "Who did what, newest first (secretariat; platform admins)." })
  async auditEntries(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => AuditEntryFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: AuditEntryFilter,
    @Arg("orderBy", () => [AuditEntryOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof AuditEntryOrder>[],
  ): Promise<AuditEntryConnection> {
    return new AuditEntryConnection(await auditService.list(ctx, { ...page, filter, orderBy }));
  }

  @FieldResolver(() => User, { nullable: true, description: "Null for the system, or a user you may not see." })
  async actor(@Ctx() ctx: Context, @Root() entry: AuditEntry): Promise<User | null> {
    return entry.actorId ? ((await ctx.loaders.user.load(entry.actorId)) ?? null) : null;
  }

  @FieldResolver(() => ID, { description: "Global id of the entity acted on." })
  entityId(@Root() entry: AuditEntry): string {
    return toGlobalId(entry.entityType, entry.entityId);
  }
}
