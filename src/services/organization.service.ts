/** Organizations: independent legal entities (Art. 8.1), created by platform admins. */
import { Organization, OrganizationType } from "../../entities/organization.entity";
import { requireAccess, write, type Context } from "../operation-context";
import { badInput, notFound } from "../errors";
import { assertPlatformAdmin } from "../auth/permissions";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { organizations } from "../collections/organization";
import { parseCreditCode } from "../validation/credit-code";

export interface CreateOrganizationData {
  name: string;
  type: OrganizationType;
  creditCode: string;
  legalRepresentative: string;
  region: string;
  industryBackbone?: boolean;
}

class OrganizationService {
  /** Organizations are a public registry: any signed-in user may read them. */
  async get(ctx: Context, id: string): Promise<Organization> {
    requireAccess(ctx);
    const organization = await ctx.loaders.organization.load(id);
    if (!organization) throw notFound("Organization", "id");
    return organization;
  }

  /** The organizations of `ids` that exist, in that order. */
  async many(ctx: Context, ids: string[]): Promise<Organization[]> {
    requireAccess(ctx);
    const loaded = await ctx.loaders.organization.loadMany(ids);
    return loaded.filter((o): o is Organization => o instanceof Organization);
  }

  list(ctx: Context, args: ListArgs): Promise<Page<Organization>> {
    return listPage(ctx, requireAccess(ctx), organizations, args);
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
        name: input.name,
        type: input.type,
        creditCode: parsed.code,
        legalRepresentative: input.legalRepresentative,
        region: input.region,
        industryBackbone: input.industryBackbone ?? false,
      });
      await tx.manager.save(organization);
      tx.audit({ action: "createOrganization", entityType: "Organization", entityId: organization.id, changes: input });
      return organization;
    });
  }
}

export const organizationService = new OrganizationService();
