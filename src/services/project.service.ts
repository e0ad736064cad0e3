/** Joint R&D projects and their participants. */
import { Project, ProjectVisibility } from "../../entities/project.entity";
import { ParticipantRole, ProjectParticipant } from "../../entities/project-participant.entity";
import { MembershipStatus } from "../../entities/membership.entity";
import { requireAccess, type Context } from "../context";
import { badInput, forbidden, notFound, registerUniqueConstraint } from "../errors";
import { canManageProject, canSeeProject, isSecretariat, visibleProjectSql } from "../auth/permissions";
import { inTransaction } from "../db/transaction";
import { buildPredicate, SqlParams, type FilterSpec } from "../db/filter-sql";
import { paginate } from "../db/paginate";
import { SortDirection } from "../graphql/filters";
import { Decimal, assertNonNegative } from "../graphql/decimal";
import type { Page, PageArgs } from "../graphql/connection";
import { registerNodeType } from "./node.service";

registerUniqueConstraint("project_code_unique", "code", "The alliance already has a project with this code");
registerUniqueConstraint(
  "project_participant_current_unique",
  "organizationId",
  "The organization already takes part in this project",
);

export interface CreateProjectData {
  allianceId: string;
  code: string;
  title: string;
  summary?: string;
  visibility?: ProjectVisibility;
  startDate?: string | null;
  endDate?: string | null;
  budget?: Decimal | null;
  currency?: string;
  /** The lead organization; defaults to the creator's organization. */
  leadOrganizationId?: string;
}

export const projectFilterSpec = (a: string): FilterSpec => ({
  id: { kind: "id", sql: `${a}.id`, type: "Project" },
  allianceId: { kind: "id", sql: `${a}.alliance_id`, type: "Alliance" },
  code: { kind: "string", sql: `${a}.code` },
  title: { kind: "string", sql: `${a}.title` },
  status: { kind: "enum", sql: `${a}.status` },
  visibility: { kind: "enum", sql: `${a}.visibility` },
  startDate: { kind: "date", sql: `${a}.start_date` },
  endDate: { kind: "date", sql: `${a}.end_date` },
  budget: { kind: "decimal", sql: `${a}.budget` },
  createdAt: { kind: "datetime", sql: `${a}.created_at` },
});

async function organizationIsActiveMember(ctx: Context, allianceId: string, organizationId: string): Promise<boolean> {
  const rows: unknown[] = await ctx.db.query(
    `SELECT 1 FROM membership WHERE alliance_id = $1 AND organization_id = $2 AND status = $3`,
    [allianceId, organizationId, MembershipStatus.ACTIVE],
  );
  return rows.length > 0;
}

export class ProjectService {
  async get(ctx: Context, id: string, field = "id"): Promise<Project> {
    const access = requireAccess(ctx);
    const project = await ctx.loaders.project.load(id);
    if (!project || !(await canSeeProject(access, project))) throw notFound("Project", field);
    return project;
  }

  async list(ctx: Context, args: PageArgs & { filter?: object; allianceId?: string }): Promise<Page<Project>> {
    const access = requireAccess(ctx);
    const params = new SqlParams();
    const qb = ctx.db.getRepository(Project).createQueryBuilder("p");
    qb.where(visibleProjectSql(access, "p", params));
    if (args.allianceId) qb.andWhere(`p.alliance_id = ${params.add(args.allianceId)}`);
    const predicate = buildPredicate(args.filter as Record<string, unknown>, projectFilterSpec("p"), params);
    if (predicate) qb.andWhere(predicate);
    qb.setParameters(params.values);
    return paginate(qb, args, [{ sql: "p.created_at", direction: SortDirection.ASC }], "p.id");
  }

  /**
   * An ORG_ADMIN of an ACTIVE member creates a project led by their organization; the secretariat
   * creates one for any ACTIVE member as lead.
   */
  async create(ctx: Context, input: CreateProjectData): Promise<Project> {
    const access = requireAccess(ctx);
    const alliance = await ctx.loaders.alliance.load(input.allianceId);
    if (!alliance) throw notFound("Alliance", "allianceId");
    const secretariat = await isSecretariat(access, alliance.id);
    const leadOrganizationId = input.leadOrganizationId ?? access.viewer.organizationId;
    if (!leadOrganizationId) throw badInput("leadOrganizationId", "leadOrganizationId is required");
    if (!secretariat) {
      if (!(await organizationIsActiveMember(ctx, alliance.id, access.viewer.organizationId ?? ""))) {
        throw notFound("Alliance", "allianceId");
      }
      if (!access.isOrgAdminOf(leadOrganizationId)) {
        throw forbidden("Only an ORG_ADMIN of an active member, for its own organization, or the secretariat may create projects");
      }
    }
    if (!(await organizationIsActiveMember(ctx, alliance.id, leadOrganizationId))) {
      throw badInput("leadOrganizationId", "the lead organization must be an active member of the alliance");
    }
    if (input.budget) assertNonNegative(input.budget, "budget");
    if (input.startDate && input.endDate && input.endDate < input.startDate) {
      throw badInput("endDate", "endDate must not be before startDate");
    }
    return inTransaction(ctx.db, access.viewer.userId, async (tx) => {
      const project = tx.manager.create(Project, {
        allianceId: alliance.id,
        code: input.code.trim(),
        title: input.title.trim(),
        summary: input.summary ?? "",
        visibility: input.visibility ?? ProjectVisibility.PARTICIPANTS,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        budget: input.budget ?? null,
        currency: input.currency ?? "CNY",
      });
      await tx.manager.save(project);
      const lead = tx.manager.create(ProjectParticipant, {
        projectId: project.id,
        organizationId: leadOrganizationId,
        role: ParticipantRole.LEAD,
        contribution: "",
      });
      await tx.manager.save(lead);
      tx.audit({ action: "createProject", entityType: "Project", entityId: project.id, allianceId: alliance.id, changes: { ...input, leadOrganizationId } });
      return project;
    });
  }

  /** The lead's ORG_ADMIN or the secretariat adds an ACTIVE member organization, once. */
  async addParticipant(
    ctx: Context,
    input: { projectId: string; organizationId: string; role?: ParticipantRole; contribution?: string },
  ): Promise<ProjectParticipant> {
    const access = requireAccess(ctx);
    const project = await this.get(ctx, input.projectId, "projectId");
    if (!(await canManageProject(access, project))) {
      throw forbidden("Only the lead organization's ORG_ADMIN or the secretariat may add participants");
    }
    if (!(await ctx.loaders.organization.load(input.organizationId))) throw notFound("Organization", "organizationId");
    if (!(await organizationIsActiveMember(ctx, project.allianceId, input.organizationId))) {
      throw badInput("organizationId", "only active members of the alliance can take part in its projects");
    }
    if (input.role === ParticipantRole.LEAD) throw badInput("role", "a project has exactly one lead, set when it is created");
    return inTransaction(ctx.db, access.viewer.userId, async (tx) => {
      const participant = tx.manager.create(ProjectParticipant, {
        projectId: project.id,
        organizationId: input.organizationId,
        role: ParticipantRole.PARTICIPANT,
        contribution: input.contribution ?? "",
      });
      await tx.manager.save(participant);
      tx.audit({ action: "addProjectParticipant", entityType: "ProjectParticipant", entityId: participant.id, allianceId: project.allianceId, changes: input });
      return participant;
    });
  }
}

export const projectService = new ProjectService();

registerNodeType("Project", (ctx, key) => projectService.get(ctx, key));
