import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Alliance } from "../entities/alliance.entity";
import { Organization } from "../entities/organization.entity";
import { Project } from "../entities/project.entity";
import { ParticipantRole, ProjectParticipant } from "../entities/project-participant.entity";
import { Milestone } from "../entities/milestone.entity";
import type { Context } from "../src/operation-context";
import { keyOf, withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { projectService } from "../src/services/project.service";
import { milestoneService } from "../src/services/milestone.service";
import { taskService } from "../src/services/task.service";
import { talentExchangeService } from "../src/services/talent-exchange.service";
import {
  AchieveMilestoneInput,
  AddProjectParticipantInput,
  CreateMilestoneInput,
  CreateProjectInput,
  ProjectFilter,
  ProjectOrder,
  RemoveProjectParticipantInput,
  SetProjectStatusInput,
  UpdateProjectInput,
} from "./inputs/project.input";
import { TaskFilter, TaskOrder } from "./inputs/task.input";
import { TalentExchangeFilter, TalentExchangeOrder } from "./inputs/talent-exchange.input";
import { ProjectConnection } from "./types/connections";
import { TalentExchangeConnection, TaskConnection } from "./types/project-connections";

type ProjectOrderInput = InstanceType<typeof ProjectOrder>;

@Authorized()
@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: "NOT_FOUND (and null) if it does not exist or you may not see it." })
  project(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Its global id." }) id: string): Promise<Project> {
    return projectService.get(ctx, keyOf(id, "Project", "id"));
  }

  @Query(() => ProjectConnection, { description: "Projects you may see." })
  async projects(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => ProjectFilter, { nullable: true, description: "Only the rows matching these conditions." }) filter?: ProjectFilter,
    @Arg("orderBy", () => [ProjectOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: ProjectOrderInput[],
  ): Promise<ProjectConnection> {
    return new ProjectConnection(await projectService.list(ctx, { ...page, filter, orderBy }));
  }

  @Mutation(() => Project, { description: "A new PROPOSED project, led by your organization (or, for the secretariat, the one named)." })
  createProject(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `CreateProjectInput`." }) input: CreateProjectInput,
  ): Promise<Project> {
    return projectService.create(ctx, withKeys(input, { allianceId: "Alliance", leadOrganizationId: "Organization" }));
  }

  @Mutation(() => Project, {
    description:
      "Change title, summary, visibility, dates, budget or whether the government supervisor sees its personnel rates (lead ORG_ADMIN or secretariat).",
  })
  updateProject(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `UpdateProjectInput`." }) input: UpdateProjectInput,
  ): Promise<Project> {
    return projectService.update(ctx, withKeys(input, { projectId: "Project" }));
  }

  @Mutation(() => Project, {
    description:
      "PROPOSED → APPROVED (secretariat) → ACTIVE → COMPLETED | TERMINATED (lead ORG_ADMIN or secretariat); anything else is BAD_USER_INPUT.",
  })
  setProjectStatus(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `SetProjectStatusInput`." }) input: SetProjectStatusInput,
  ): Promise<Project> {
    return projectService.setStatus(ctx, withKeys(input, { projectId: "Project" }));
  }

  @Mutation(() => ProjectParticipant, { description: "Adds a member organization to a project (the lead's ORG_ADMIN or the secretariat)." })
  addProjectParticipant(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `AddProjectParticipantInput`." })
    input: AddProjectParticipantInput,
  ): Promise<ProjectParticipant> {
    return projectService.addParticipant(ctx, withKeys(input, { projectId: "Project", organizationId: "Organization" }));
  }

  @Mutation(() => ProjectParticipant, {
    description: "End an organization's participation (lead ORG_ADMIN, secretariat, or the participant's own ORG_ADMIN).",
  })
  removeProjectParticipant(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `RemoveProjectParticipantInput`." })
    input: RemoveProjectParticipantInput,
  ): Promise<ProjectParticipant> {
    return projectService.removeParticipant(ctx, withKeys(input, { projectId: "Project", organizationId: "Organization" }));
  }

  @Mutation(() => Milestone, { description: "Adds a milestone to a project (its participants' ORG_ADMINs)." })
  createMilestone(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `CreateMilestoneInput`." }) input: CreateMilestoneInput,
  ): Promise<Milestone> {
    return milestoneService.create(ctx, withKeys(input, { projectId: "Project" }));
  }

  @FieldResolver(() => Alliance, { description: "The alliance." })
  async alliance(@Ctx() ctx: Context, @Root() project: Project): Promise<Alliance | undefined> {
    return ctx.loaders.alliance.load(project.allianceId);
  }

  @FieldResolver(() => [ProjectParticipant], { description: "Current participants, the lead first." })
  async participants(@Ctx() ctx: Context, @Root() project: Project): Promise<ProjectParticipant[]> {
    const participants = await ctx.loaders.participantsByProject.load(project.id);
    return [...participants].sort((a, b) => (a.role === b.role ? 0 : a.role === ParticipantRole.LEAD ? -1 : 1));
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The lead organization." })
  async leadOrganization(@Ctx() ctx: Context, @Root() project: Project): Promise<Organization | null> {
    const lead = (await ctx.loaders.participantsByProject.load(project.id)).find((p) => p.role === ParticipantRole.LEAD);
    return lead ? ((await ctx.loaders.organization.load(lead.organizationId)) ?? null) : null;
  }

  @FieldResolver(() => [Milestone], { description: "By due date." })
  milestones(@Ctx() ctx: Context, @Root() project: Project): Promise<Milestone[]> {
    return ctx.loaders.milestonesByProject.load(project.id);
  }

  @FieldResolver(() => TaskConnection, { description: "Its tasks that you may see." })
  async tasks(
    @Ctx() ctx: Context,
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg("filter", () => TaskFilter, { nullable: true, description: "Only the rows matching these conditions." }) filter?: TaskFilter,
    @Arg("orderBy", () => [TaskOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof TaskOrder>[],
  ): Promise<TaskConnection> {
    return new TaskConnection(await taskService.listByProject(ctx, project.id, { ...page, filter, orderBy }));
  }

  @FieldResolver(() => TalentExchangeConnection, { description: "Talent exchanges linked to the project that you may see." })
  async talentExchanges(
    @Ctx() ctx: Context,
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg("filter", () => TalentExchangeFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: TalentExchangeFilter,
    @Arg("orderBy", () => [TalentExchangeOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof TalentExchangeOrder>[],
  ): Promise<TalentExchangeConnection> {
    return new TalentExchangeConnection(await talentExchangeService.list(ctx, { ...page, filter, orderBy, projectId: project.id }));
  }
}

@Authorized()
@Resolver(() => ProjectParticipant)
export class ProjectParticipantResolver {
  @FieldResolver(() => Organization, { description: "The organization." })
  async organization(@Ctx() ctx: Context, @Root() participant: ProjectParticipant): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(participant.organizationId);
  }

  @FieldResolver(() => Project, { description: "The project." })
  project(@Ctx() ctx: Context, @Root() participant: ProjectParticipant): Promise<Project> {
    return projectService.get(ctx, participant.projectId);
  }
}

@Authorized()
@Resolver(() => Milestone)
export class MilestoneResolver {
  @Mutation(() => Milestone, { description: "Record the day a milestone was reached (the project's lead ORG_ADMIN or the secretariat)." })
  achieveMilestone(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The milestone and the day." }) input: AchieveMilestoneInput,
  ): Promise<Milestone> {
    return milestoneService.achieve(ctx, withKeys(input, { milestoneId: "Milestone" }));
  }

  @FieldResolver(() => Project, { description: "The project." })
  project(@Ctx() ctx: Context, @Root() milestone: Milestone): Promise<Project> {
    return projectService.get(ctx, milestone.projectId);
  }
}

@Authorized()
@Resolver(() => Organization)
export class OrganizationProjectsResolver {
  @FieldResolver(() => ProjectConnection, { description: "Projects the organization takes part in that you may see." })
  async projects(
    @Ctx() ctx: Context,
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg("filter", () => ProjectFilter, { nullable: true, description: "Only the rows matching these conditions." }) filter?: ProjectFilter,
    @Arg("orderBy", () => [ProjectOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: ProjectOrderInput[],
  ): Promise<ProjectConnection> {
    return new ProjectConnection(await projectService.listByOrganization(ctx, organization.id, { ...page, filter, orderBy }));
  }
}
