/** Joint R&D projects: reading, creating, editing, their participants and their status lifecycle. */
import { Project, ProjectStatus, ProjectVisibility } from "../../entities/project.entity";
import { ParticipantRole, ProjectParticipant } from "../../entities/project-participant.entity";
import { clockOf, requireAccess, write, type Context } from "../operation-context";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { canApproveProject, canManageProject, isSecretariat } from "../auth/permissions";
import { type Decimal, assertNonNegative } from "../graphql/decimal";
import { childPage, listPage, type ListArgs, type Page } from "../collections/page";
import { projects } from "../collections/project";
import { dateOnly } from "../graphql/date-only";
import { Topic } from "../events/topics";

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
  /** Basis points of the direct costs without subcontracting (default 2500). */
  indirectCostRate?: number;
  /** The lead organization; defaults to the creator's organization. */
  leadOrganizationId?: string;
}

export interface UpdateProjectData {
  projectId: string;
  title?: string;
  summary?: string;
  visibility?: ProjectVisibility;
  startDate?: string | null;
  endDate?: string | null;
  budget?: Decimal | null;
  indirectCostRate?: number;
  /** The government supervisor sees the personnel rates behind the project's effort costs (Art. 8.4). */
  supervisorSeesPersonnelRates?: boolean | null;
}

/** The lifecycle; any other change of status is refused. */
const STATUS_TRANSITIONS: Record<ProjectStatus, ProjectStatus[]> = {
  [ProjectStatus.PROPOSED]: [ProjectStatus.APPROVED],
  [ProjectStatus.APPROVED]: [ProjectStatus.ACTIVE],
  [ProjectStatus.ACTIVE]: [ProjectStatus.COMPLETED, ProjectStatus.TERMINATED],
  [ProjectStatus.COMPLETED]: [],
  [ProjectStatus.TERMINATED]: [],
};

export async function organizationIsActiveMember(
  db: { query: (sql: string, params: unknown[]) => Promise<unknown[]> },
  allianceId: string,
  organizationId: string,
): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM membership WHERE alliance_id = $1 AND organization_id = $2 AND status = 'ACTIVE'`, [
    allianceId,
    organizationId,
  ]);
  return rows.length > 0;
}

/** A finished project takes no new participants, milestones or tasks. */
export function assertOpen(project: Project, field = "projectId"): void {
  if (project.status === ProjectStatus.COMPLETED || project.status === ProjectStatus.TERMINATED) {
    throw badInput(field, `the project is ${project.status}`);
  }
}

/**
 * Deliverables are due on the last day of their month of the project: when the start date moves,
 * so do their due dates (`projectMonthEnd` in src/clock.ts, in SQL), and so do the first and last
 * days of its reporting periods (`projectMonthStart`, `projectMonthEnd`).
 */
async function syncDueDates(manager: { query: (sql: string, params: unknown[]) => Promise<unknown> }, projectId: string): Promise<void> {
  await manager.query(
    `UPDATE deliverable d
        SET due_date = (date_trunc('month', p.start_date) + make_interval(months => d.due_month) - interval '1 day')::date
       FROM project p
      WHERE p.id = d.project_id AND p.id = $1 AND p.start_date IS NOT NULL`,
    [projectId],
  );
  await manager.query(
    `UPDATE reporting_period r
        SET start_date = (date_trunc('month', p.start_date) + make_interval(months => r.start_month - 1))::date,
            end_date = (date_trunc('month', p.start_date) + make_interval(months => r.end_month) - interval '1 day')::date
       FROM project p
      WHERE p.id = r.project_id AND p.id = $1 AND p.start_date IS NOT NULL`,
    [projectId],
  );
}

function checkDates(startDate: string | null | undefined, endDate: string | null | undefined): void {
  if (startDate && endDate && endDate < startDate) throw badInput("endDate", "endDate must not be before startDate");
}

class ProjectService {
  async get(ctx: Context, id: string, field = "id"): Promise<Project> {
    const project = await requireAccess(ctx).visible("project", id, ctx.loaders.project);
    if (!project) throw notFound("Project", field);
    return project;
  }

  /** The project if the viewer may see it, otherwise null (for optional references). */
  async find(ctx: Context, id: string): Promise<Project | null> {
    return (await requireAccess(ctx).visible("project", id, ctx.loaders.project)) ?? null;
  }

  /** A project the viewer sees and may change (lead ORG_ADMIN or secretariat). */
  async getManaged(ctx: Context, id: string, field = "projectId"): Promise<Project> {
    const project = await this.get(ctx, id, field);
    if (!(await canManageProject(requireAccess(ctx), project))) {
      throw forbidden("Only the lead organization's ORG_ADMIN or the secretariat may change this project");
    }
    return project;
  }

  list(ctx: Context, args: ListArgs & { allianceId?: string }): Promise<Page<Project>> {
    const { allianceId } = args;
    return listPage(ctx, requireAccess(ctx), projects, args, {
      where: allianceId ? (a, params) => `${a}.alliance_id = ${params.add(allianceId)}` : undefined,
    });
  }

  /** `organization.projects`: the projects it currently takes part in that the viewer sees (batched). */
  listByOrganization(ctx: Context, organizationId: string, args: ListArgs): Promise<Page<Project>> {
    const parent = {
      join: (a: string) => `JOIN project_participant pp ON pp.project_id = ${a}.id AND pp.removed_at IS NULL`,
      key: "pp.organization_id",
    };
    return childPage(ctx, requireAccess(ctx), projects, parent, organizationId, args, {
      field: "organization.projects",
      prime: ctx.loaders.project,
    });
  }

  /**
   * An ORG_ADMIN of an ACTIVE member creates a project led by their organization; the secretariat
   * creates one for any ACTIVE member as lead. A new project is PROPOSED.
   */
  async create(ctx: Context, input: CreateProjectData): Promise<Project> {
    const access = requireAccess(ctx);
    // NOT_FOUND only where the alliance's directory is invisible; seeing it without being an
    // active member (an analyst) is FORBIDDEN.
    const alliance = await access.visible("directory", input.allianceId, ctx.loaders.alliance);
    if (!alliance) throw notFound("Alliance", "allianceId");
    const secretariat = await isSecretariat(access, alliance.id);
    const leadOrganizationId = input.leadOrganizationId ?? access.viewer.organizationId;
    if (!leadOrganizationId) throw badInput("leadOrganizationId", "leadOrganizationId is required");
    if (!secretariat) {
      if (!(await organizationIsActiveMember(ctx.db, alliance.id, access.viewer.organizationId ?? ""))) {
        throw forbidden("Only an ORG_ADMIN of an active member, for its own organization, or the secretariat may create projects");
      }
      if (!access.isOrgAdminOf(leadOrganizationId)) {
        throw forbidden("Only an ORG_ADMIN of an active member, for its own organization, or the secretariat may create projects");
      }
    }
    if (!(await organizationIsActiveMember(ctx.db, alliance.id, leadOrganizationId))) {
      throw badInput("leadOrganizationId", "the lead organization must be an active member of the alliance");
    }
    if (input.budget) assertNonNegative(input.budget, "budget");
    const startDate = dateOnly(input.startDate);
    const endDate = dateOnly(input.endDate);
    checkDates(startDate, endDate);
    return write(ctx, async (tx) => {
      const project = tx.manager.create(Project, {
        allianceId: alliance.id,
        code: input.code,
        title: input.title,
        summary: input.summary ?? "",
        visibility: input.visibility ?? ProjectVisibility.PARTICIPANTS,
        startDate: startDate ?? null,
        endDate: endDate ?? null,
        budget: input.budget ?? null,
        currency: input.currency ?? "CNY",
        indirectCostRate: input.indirectCostRate ?? 2500,
      });
      await tx.manager.save(project);
      const lead = tx.manager.create(ProjectParticipant, {
        projectId: project.id,
        organizationId: leadOrganizationId,
        role: ParticipantRole.LEAD,
        contribution: "",
      });
      await tx.manager.save(lead);
      tx.audit({
        action: "createProject",
        entityType: "Project",
        entityId: project.id,
        allianceId: alliance.id,
        changes: { ...input, leadOrganizationId },
      });
      tx.emit({
        topic: Topic.PROJECT_CREATED,
        entityType: "Project",
        entityId: project.id,
        allianceId: alliance.id,
        projectId: project.id,
        organizationIds: [leadOrganizationId],
      });
      return project;
    });
  }

  /** Title, summary, visibility, dates, budget: the lead's ORG_ADMIN or the secretariat. */
  async update(ctx: Context, input: UpdateProjectData): Promise<Project> {
    requireAccess(ctx);
    const project = await this.getManaged(ctx, input.projectId);
    const { projectId: _id, ...changes } = input;
    const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<Project>;
    if (set.startDate !== undefined) set.startDate = dateOnly(set.startDate);
    if (set.endDate !== undefined) set.endDate = dateOnly(set.endDate);
    if (set.budget) assertNonNegative(set.budget, "budget");
    if (input.supervisorSeesPersonnelRates === null) {
      throw badInput("supervisorSeesPersonnelRates", "supervisorSeesPersonnelRates must be true or false");
    }
    const next = { ...project, ...set };
    checkDates(next.startDate, next.endDate);
    return write(ctx, async (tx) => {
      if (Object.keys(set).length > 0) await tx.manager.update(Project, { id: project.id }, set);
      if (set.startDate !== undefined && next.startDate !== project.startDate) await syncDueDates(tx.manager, project.id);
      tx.audit({ action: "updateProject", entityType: "Project", entityId: project.id, allianceId: project.allianceId, changes: set });
      tx.emit({
        topic: Topic.PROJECT_UPDATED,
        entityType: "Project",
        entityId: project.id,
        allianceId: project.allianceId,
        projectId: project.id,
      });
      return tx.manager.findOneByOrFail(Project, { id: project.id });
    });
  }

  /**
   * PROPOSED → APPROVED (the secretariat approves) → ACTIVE → COMPLETED | TERMINATED (the lead's
   * ORG_ADMIN or the secretariat). Any other change is BAD_USER_INPUT.
   */
  async setStatus(ctx: Context, input: { projectId: string; status: ProjectStatus; reason?: string }): Promise<Project> {
    const access = requireAccess(ctx);
    const project = await this.getManaged(ctx, input.projectId);
    if (!STATUS_TRANSITIONS[project.status].includes(input.status)) {
      const allowed = STATUS_TRANSITIONS[project.status];
      throw badInput(
        "status",
        `a ${project.status} project cannot become ${input.status}` + (allowed.length ? ` (it can become ${allowed.join(" or ")})` : ""),
      );
    }
    if (input.status === ProjectStatus.APPROVED && !(await canApproveProject(access, project))) {
      throw forbidden("Only the alliance's secretariat may approve a project");
    }
    return write(ctx, async (tx) => {
      const result = await tx.manager
        .createQueryBuilder()
        .update(Project)
        .set({ status: input.status })
        .where("id = :id AND status = :from", { id: project.id, from: project.status })
        .execute();
      if (result.affected !== 1) throw conflict("The project's status changed meanwhile; reload it", "projectId");
      tx.audit({
        action: "setProjectStatus",
        entityType: "Project",
        entityId: project.id,
        allianceId: project.allianceId,
        changes: { from: project.status, status: input.status, reason: input.reason },
      });
      tx.emit({
        topic: Topic.PROJECT_STATUS_CHANGED,
        entityType: "Project",
        entityId: project.id,
        allianceId: project.allianceId,
        projectId: project.id,
      });
      return tx.manager.create(Project, { ...project, status: input.status });
    });
  }

  /** A participant row (current or removed) of a project the viewer sees. */
  async getParticipant(ctx: Context, id: string): Promise<ProjectParticipant> {
    const participant = await requireAccess(ctx).visible("participant", id, ctx.loaders.participant);
    if (!participant) throw notFound("ProjectParticipant", "id");
    return participant;
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
    assertOpen(project);
    if (!(await ctx.loaders.organization.load(input.organizationId))) throw notFound("Organization", "organizationId");
    if (!(await organizationIsActiveMember(ctx.db, project.allianceId, input.organizationId))) {
      throw badInput("organizationId", "only active members of the alliance can take part in its projects");
    }
    if (input.role === ParticipantRole.LEAD) throw badInput("role", "a project has exactly one lead, set when it is created");
    return write(ctx, async (tx) => {
      const participant = tx.manager.create(ProjectParticipant, {
        projectId: project.id,
        organizationId: input.organizationId,
        role: ParticipantRole.PARTICIPANT,
        contribution: input.contribution ?? "",
      });
      await tx.manager.save(participant);
      tx.audit({
        action: "addProjectParticipant",
        entityType: "ProjectParticipant",
        entityId: participant.id,
        allianceId: project.allianceId,
        changes: input,
      });
      tx.emit({
        topic: Topic.PARTICIPANT_ADDED,
        entityType: "ProjectParticipant",
        entityId: participant.id,
        allianceId: project.allianceId,
        projectId: project.id,
        organizationIds: [input.organizationId],
      });
      return participant;
    });
  }

  /**
   * Ends an organization's part in a project (the row stays, with `removedAt`): the lead's
   * ORG_ADMIN or the secretariat, or the participant's own ORG_ADMIN leaving. The lead cannot
   * be removed. Its users lose sight of a participants-only project at once, live streams included.
   */
  async removeParticipant(
    ctx: Context,
    input: { projectId: string; organizationId: string; reason?: string },
  ): Promise<ProjectParticipant> {
    const access = requireAccess(ctx);
    const project = await this.get(ctx, input.projectId, "projectId");
    const leaving = access.isOrgAdminOf(input.organizationId);
    if (!leaving && !(await canManageProject(access, project))) {
      throw forbidden("Only the lead organization's ORG_ADMIN, the secretariat or the participant itself may end a participation");
    }
    const participant = (await ctx.loaders.participantsByProject.load(project.id)).find((p) => p.organizationId === input.organizationId);
    if (!participant) throw badInput("organizationId", "the organization does not take part in this project");
    if (participant.role === ParticipantRole.LEAD) throw badInput("organizationId", "the lead organization cannot be removed");
    return write(ctx, async (tx) => {
      const removedAt = clockOf(ctx).now();
      const result = await tx.manager
        .createQueryBuilder()
        .update(ProjectParticipant)
        .set({ removedAt })
        .where("id = :id AND removed_at IS NULL", { id: participant.id })
        .execute();
      if (result.affected !== 1) throw badInput("organizationId", "the organization does not take part in this project");
      tx.audit({
        action: "removeProjectParticipant",
        entityType: "ProjectParticipant",
        entityId: participant.id,
        allianceId: project.allianceId,
        changes: input,
      });
      tx.emit({
        topic: Topic.PARTICIPANT_REMOVED,
        entityType: "ProjectParticipant",
        entityId: participant.id,
        allianceId: project.allianceId,
        projectId: project.id,
        organizationIds: [input.organizationId],
      });
      return tx.manager.create(ProjectParticipant, { ...participant, removedAt });
    });
  }
}

export const projectService = new ProjectService();
