import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Alliance } from "../entities/alliance.entity";
import { Organization } from "../entities/organization.entity";
import { Project } from "../entities/project.entity";
import { ProjectParticipant } from "../entities/project-participant.entity";
import type { Context } from "../src/context";
import { keyOf, withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { projectService } from "../src/services/project.service";
import { AddProjectParticipantInput, CreateProjectInput, ProjectFilter } from "./inputs/project.input";
import { ProjectConnection } from "./types/connections";

@Authorized()
@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project)
  project(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<Project> {
    return projectService.get(ctx, keyOf(id, "Project", "id"));
  }

  @Query(() => ProjectConnection, { description: "Projects you may see." })
  async projects(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => ProjectFilter, { nullable: true }) filter?: ProjectFilter,
  ): Promise<ProjectConnection> {
    return new ProjectConnection(await projectService.list(ctx, { ...page, filter }));
  }

  @Mutation(() => Project)
  createProject(@Ctx() ctx: Context, @Arg("input") input: CreateProjectInput): Promise<Project> {
    return projectService.create(
      ctx,
      withKeys(input, { allianceId: "Alliance", leadOrganizationId: "Organization" }),
    );
  }

  @Mutation(() => ProjectParticipant)
  addProjectParticipant(@Ctx() ctx: Context, @Arg("input") input: AddProjectParticipantInput): Promise<ProjectParticipant> {
    return projectService.addParticipant(ctx, withKeys(input, { projectId: "Project", organizationId: "Organization" }));
  }

  @FieldResolver(() => Alliance)
  async alliance(@Ctx() ctx: Context, @Root() project: Project): Promise<Alliance | undefined> {
    return ctx.loaders.alliance.load(project.allianceId);
  }

  @FieldResolver(() => [ProjectParticipant], { description: "Current participants, the lead first." })
  async participants(@Ctx() ctx: Context, @Root() project: Project): Promise<ProjectParticipant[]> {
    const participants = await ctx.loaders.participantsByProject.load(project.id);
    return [...participants].sort((a, b) => (a.role === b.role ? 0 : a.role === "LEAD" ? -1 : 1));
  }
}

@Authorized()
@Resolver(() => ProjectParticipant)
export class ProjectParticipantResolver {
  @FieldResolver(() => Organization)
  async organization(@Ctx() ctx: Context, @Root() participant: ProjectParticipant): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(participant.organizationId);
  }

  @FieldResolver(() => Project)
  project(@Ctx() ctx: Context, @Root() participant: ProjectParticipant): Promise<Project> {
    return projectService.get(ctx, participant.projectId);
  }
}
