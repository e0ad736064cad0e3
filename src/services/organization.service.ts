/** Organizations: independent legal entities (Art. 8.1), created by platform admins. */
import { Organization, OrganizationType } from "../../entities/organization.entity";
import { requireAccess, write, type Context } from "../operation-context";
import { badInput, notFound } from "../errors";
import { assertPlatformAdmin } from "../auth/permissions";
import { buildPredicate, SqlParams, type FilterSpec } from "../db/filter-sql";
import { paginate } from "../db/paginate";
import { sortKeys, type OrderShape } from "../graphql/order";
import { SortDirection } from "../graphql/filters";
import type { Page, PageArgs } from "../graphql/connection";
import { parseCreditCode } from "../validation/credit-code";

export interface CreateOrganizationData {
  name: string;
  type: OrganizationType;
  creditCode: string;
  legalRepresentative: string;
  region: string;
  industryBackbone?: boolean;
}

export type OrganizationOrderField = "NAME" | "CREATED_AT" | "TYPE" | "REGION";

export const organizationFilterSpec = (a: string): FilterSpec => ({
  id: { kind: "id", sql: `${a}.id`, type: "Organization" },
  name: { kind: "string", sql: `${a}.name` },
  type: { kind: "enum", sql: `${a}.type` },
  creditCode: { kind: "string", sql: `${a}.credit_code` },
  region: { kind: "string", sql: `${a}.region` },
  industryBackbone: { kind: "boolean", sql: `${a}.industry_backbone` },
  createdAt: { kind: "datetime", sql: `${a}.created_at` },
});

const ORDER_COLUMNS: Record<OrganizationOrderField, string> = {
  NAME: "o.name",
  CREATED_AT: "o.created_at",
  TYPE: "o.type",
  REGION: "o.region",
};

export class OrganizationService {
  /** Organizations are a public registry: any signed-in user may read them. */
  async get(ctx: Context, id: string): Promise<Organization> {
    requireAccess(ctx);
    const organization = await ctx.loaders.organization.load(id);
    if (!organization) throw notFound("Organization", "id");
    return organization;
  }

  async list(
    ctx: Context,
    args: PageArgs & { filter?: object; orderBy?: OrderShape<OrganizationOrderField>[] },
  ): Promise<Page<Organization>> {
    requireAccess(ctx);
    const params = new SqlParams();
    const qb = ctx.db.getRepository(Organization).createQueryBuilder("o");
    const predicate = buildPredicate(args.filter as Record<string, unknown>, organizationFilterSpec("o"), params);
    if (predicate) qb.where(predicate, params.values);
    return paginate(
      qb,
      args,
      sortKeys(args.orderBy, ORDER_COLUMNS, [{ sql: "o.name", direction: SortDirection.ASC }]),
      "o.id",
    );
  }

  async create(ctx: Context, input: CreateOrganizationData): Promise<Organization> {
    const access = requireAccess(ctx);
    assertPlatformAdmin(access);
    const parsed = parseCreditCode(input.creditCode);
    if ("error" in parsed) throw badInput("creditCode", `creditCode ${parsed.error}`);
    if (input.industryBackbone && input.type !== OrganizationType.ENTERPRISE) {
      throw badInput("industryBackbone", "only an enterprise can hold a backbone position in its industry");
    }
    return write(ctx, async (tx) => {
      const organization = tx.manager.create(Organization, {
        name: input.name.trim(),
        type: input.type,
        creditCode: parsed.code,
        legalRepresentative: input.legalRepresentative.trim(),
        region: input.region.trim(),
        industryBackbone: input.industryBackbone ?? false,
      });
      await tx.manager.save(organization);
      tx.audit({ action: "createOrganization", entityType: "Organization", entityId: organization.id, changes: input });
      return organization;
    });
  }
}

export const organizationService = new OrganizationService();
