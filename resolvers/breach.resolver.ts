import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Agreement } from "../entities/agreement.entity";
import { BreachRecord, BreachStatus } from "../entities/breach-record.entity";
import { Organization } from "../entities/organization.entity";
import type { Context } from "../src/operation-context";
import { withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { agreementService } from "../src/services/agreement.service";
import { breachService } from "../src/services/breach.service";
import { CloseBreachRecordInput, EscalateBreachInput, RecordBreachInput, RemedyBreachInput } from "./inputs/agreement.input";
import { BreachRecordConnection } from "./types/agreement-ip-connections";

@Authorized()
@Resolver(() => BreachRecord)
export class BreachRecordResolver {
  @Mutation(() => BreachRecord, { description: "Record a party's breach of an agreement (secretariat)." })
  recordBreach(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `RecordBreachInput`." }) input: RecordBreachInput,
  ): Promise<BreachRecord> {
    return breachService.record(ctx, withKeys(input, { agreementId: "Agreement", organizationId: "Organization" }));
  }

  @Mutation(() => BreachRecord, { description: "Move a breach record on: REMEDIED, ESCALATED or DISMISSED (secretariat)." })
  closeBreachRecord(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `CloseBreachRecordInput`." }) input: CloseBreachRecordInput,
  ): Promise<BreachRecord> {
    return breachService.close(ctx, withKeys(input, { breachRecordId: "BreachRecord" }));
  }

  @Mutation(() => BreachRecord, { description: "Record that the party remedied a NOTIFIED or ESCALATED breach (secretariat)." })
  remedyBreach(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The breach record and how it was remedied." }) input: RemedyBreachInput,
  ): Promise<BreachRecord> {
    return breachService.close(ctx, { ...withKeys(input, { breachRecordId: "BreachRecord" }), status: BreachStatus.REMEDIED });
  }

  @Mutation(() => BreachRecord, { description: "Refer a NOTIFIED breach that was not remedied to the decision body (secretariat)." })
  escalateBreach(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The breach record to escalate." }) input: EscalateBreachInput,
  ): Promise<BreachRecord> {
    return breachService.close(ctx, { ...withKeys(input, { breachRecordId: "BreachRecord" }), status: BreachStatus.ESCALATED });
  }

  @FieldResolver(() => Boolean, { description: "Past remedyDueOn and still NOTIFIED or ESCALATED (as of today)." })
  overdue(@Ctx() ctx: Context, @Root() record: BreachRecord): boolean {
    return breachService.overdue(ctx, record);
  }

  @FieldResolver(() => Agreement, { description: "The agreement breached." })
  agreement(@Ctx() ctx: Context, @Root() record: BreachRecord): Promise<Agreement> {
    return agreementService.get(ctx, record.agreementId, "id");
  }

  @FieldResolver(() => Organization, { description: "The party in breach." })
  async organization(@Ctx() ctx: Context, @Root() record: BreachRecord): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(record.organizationId);
  }
}

@Authorized()
@Resolver(() => Organization)
export class OrganizationBreachResolver {
  @FieldResolver(() => BreachRecordConnection, { description: "Breaches recorded against it, on agreements you may see; newest first." })
  async breachRecords(@Ctx() ctx: Context, @Root() organization: Organization, @Args() page: PageArgs): Promise<BreachRecordConnection> {
    return new BreachRecordConnection(await breachService.listByOrganization(ctx, organization.id, page));
  }
}
