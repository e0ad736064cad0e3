import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Agreement } from "../entities/agreement.entity";
import { AgreementStatus, AgreementVersion } from "../entities/agreement-version.entity";
import { AgreementSignature } from "../entities/agreement-signature.entity";
import { Alliance } from "../entities/alliance.entity";
import { BreachRecord } from "../entities/breach-record.entity";
import { Organization } from "../entities/organization.entity";
import { Project } from "../entities/project.entity";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { keyOf, withKeys } from "../src/graphql/global-id";
import { agreementService } from "../src/services/agreement.service";
import { agreementSignatureService } from "../src/services/agreement-signature.service";
import { projectService } from "../src/services/project.service";
import { organizationService } from "../src/services/organization.service";
import {
  AmendAgreementInput,
  CreateAgreementInput,
  OpenAgreementForSignatureInput,
  SignAgreementInput,
  TaskAssignmentInput,
  TerminateAgreementInput,
} from "./inputs/agreement.input";
import { TaskAssignment } from "./types/task-assignment.type";

function taskDivisionKeys(taskDivision: TaskAssignmentInput[] | undefined) {
  return taskDivision?.map((t, i) => ({
    organizationId: keyOf(t.organizationId, "Organization", `taskDivision[${i}].organizationId`),
    responsibilities: t.responsibilities,
  }));
}

@Authorized()
@Resolver(() => Agreement)
export class AgreementResolver {
  @Mutation(() => Agreement, { description: "Draft an alliance or project agreement: version 1, DRAFT (secretariat)." })
  createAgreement(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `CreateAgreementInput`." }) input: CreateAgreementInput,
  ): Promise<Agreement> {
    const keyed = withKeys(input, { allianceId: "Alliance", projectId: "Project" });
    return agreementService.create(ctx, { ...keyed, taskDivision: taskDivisionKeys(input.taskDivision) });
  }

  @Mutation(() => Agreement, { description: "Amend the terms: a new DRAFT version; a pending one is superseded (secretariat)." })
  amendAgreement(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `AmendAgreementInput`." }) input: AmendAgreementInput,
  ): Promise<Agreement> {
    const keyed = withKeys(input, { agreementId: "Agreement" });
    return agreementService.amend(ctx, { ...keyed, taskDivision: taskDivisionKeys(input.taskDivision) });
  }

  @Mutation(() => Agreement, { description: "Freeze the draft's terms, record their SHA-256 and ask every party to sign (secretariat)." })
  openAgreementForSignature(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `OpenAgreementForSignatureInput`." })
    input: OpenAgreementForSignatureInput,
  ): Promise<Agreement> {
    return agreementService.open(ctx, withKeys(input, { agreementId: "Agreement" }));
  }

  @Mutation(() => Agreement, {
    description: "Sign the version open for signature for your organization (legal representatives of parties only, once per party).",
  })
  signAgreement(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `SignAgreementInput`." }) input: SignAgreementInput,
  ): Promise<Agreement> {
    return agreementSignatureService.sign(ctx, withKeys(input, { agreementId: "Agreement" }));
  }

  @Mutation(() => Agreement, { description: "End the agreement: its live versions become TERMINATED (secretariat)." })
  terminateAgreement(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `TerminateAgreementInput`." }) input: TerminateAgreementInput,
  ): Promise<Agreement> {
    return agreementService.terminate(ctx, withKeys(input, { agreementId: "Agreement" }));
  }

  @FieldResolver(() => Alliance, { description: "The alliance it belongs to." })
  async alliance(@Ctx() ctx: Context, @Root() agreement: Agreement): Promise<Alliance | undefined> {
    return ctx.loaders.alliance.load(agreement.allianceId);
  }

  @FieldResolver(() => Project, { nullable: true, description: "The project of a PROJECT agreement." })
  project(@Ctx() ctx: Context, @Root() agreement: Agreement): Promise<Project> | null {
    return agreement.projectId ? projectService.get(ctx, agreement.projectId) : null;
  }

  @FieldResolver(() => AgreementStatus, { description: "Where it stands." })
  status(@Ctx() ctx: Context, @Root() agreement: Agreement): Promise<AgreementStatus> {
    return agreementService.status(ctx, agreement);
  }

  @FieldResolver(() => [AgreementVersion], { description: "Oldest first." })
  versions(@Ctx() ctx: Context, @Root() agreement: Agreement): Promise<AgreementVersion[]> {
    return ctx.loaders.versionsByAgreement.load(agreement.id);
  }

  @FieldResolver(() => AgreementVersion, { description: "Its most recent version, whatever its status." })
  async latestVersion(@Ctx() ctx: Context, @Root() agreement: Agreement): Promise<AgreementVersion> {
    const versions = await ctx.loaders.versionsByAgreement.load(agreement.id);
    return versions[versions.length - 1];
  }

  @FieldResolver(() => AgreementVersion, { nullable: true, description: "The version in force." })
  async effectiveVersion(@Ctx() ctx: Context, @Root() agreement: Agreement): Promise<AgreementVersion | undefined> {
    const versions = await ctx.loaders.versionsByAgreement.load(agreement.id);
    return versions.find((v) => v.status === AgreementStatus.EFFECTIVE);
  }

  @FieldResolver(() => AgreementVersion, { nullable: true, description: "The version being signed." })
  async openVersion(@Ctx() ctx: Context, @Root() agreement: Agreement): Promise<AgreementVersion | undefined> {
    const versions = await ctx.loaders.versionsByAgreement.load(agreement.id);
    return versions.find((v) => v.status === AgreementStatus.OPEN_FOR_SIGNATURE);
  }

  @FieldResolver(() => [BreachRecord], { description: "Breaches recorded against its parties, oldest first." })
  breachRecords(@Ctx() ctx: Context, @Root() agreement: Agreement): Promise<BreachRecord[]> {
    return ctx.loaders.breachRecordsByAgreement.load(agreement.id);
  }
}

@Authorized()
@Resolver(() => AgreementVersion)
export class AgreementVersionResolver {
  @FieldResolver(() => Agreement, { description: "The agreement it is a version of." })
  agreement(@Ctx() ctx: Context, @Root() version: AgreementVersion): Promise<Agreement> {
    return agreementService.get(ctx, version.agreementId, "id");
  }

  @FieldResolver(() => [TaskAssignment], { description: "How tasks are divided among the members (任务分工, Art. 8.2)." })
  taskDivision(@Root() version: AgreementVersion): TaskAssignment[] {
    return version.taskDivision.map((t) => Object.assign(new TaskAssignment(), t));
  }

  @FieldResolver(() => [Organization], {
    description: "The parties that must sign: ACTIVE members or current project participants (for a draft: if it were opened now).",
  })
  async requiredSignatories(@Ctx() ctx: Context, @Root() version: AgreementVersion): Promise<Organization[]> {
    return organizationService.many(ctx, await agreementSignatureService.requiredOrganizationIds(ctx, version));
  }

  @FieldResolver(() => [AgreementSignature], { description: "Oldest first." })
  signatures(@Ctx() ctx: Context, @Root() version: AgreementVersion): Promise<AgreementSignature[]> {
    return ctx.loaders.signaturesByVersion.load(version.id);
  }

  @FieldResolver(() => [Organization], { description: "Required signatories that have not signed." })
  async missingSignatories(@Ctx() ctx: Context, @Root() version: AgreementVersion): Promise<Organization[]> {
    return organizationService.many(ctx, await agreementSignatureService.missingOrganizationIds(ctx, version));
  }
}

@Authorized()
@Resolver(() => AgreementSignature)
export class AgreementSignatureResolver {
  @FieldResolver(() => Organization, { description: "The party that signed." })
  async organization(@Ctx() ctx: Context, @Root() signature: AgreementSignature): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(signature.organizationId);
  }

  @FieldResolver(() => User, { nullable: true, description: "The legal representative who signed (null if you may not see the user)." })
  async signer(@Ctx() ctx: Context, @Root() signature: AgreementSignature): Promise<User | null> {
    return (await ctx.loaders.user.load(signature.signerId)) ?? null;
  }

  @FieldResolver(() => AgreementVersion, { description: "The version signed." })
  version(@Ctx() ctx: Context, @Root() signature: AgreementSignature): Promise<AgreementVersion> {
    return agreementService.getVersion(ctx, signature.versionId);
  }
}

@Authorized()
@Resolver(() => TaskAssignment)
export class TaskAssignmentResolver {
  @FieldResolver(() => Organization, { description: "The organization." })
  async organization(@Ctx() ctx: Context, @Root() task: TaskAssignment): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(task.organizationId);
  }
}

@Authorized()
@Resolver(() => Project)
export class ProjectAgreementResolver {
  @FieldResolver(() => Agreement, { nullable: true, description: "The project agreement on ownership, licensing and revenue (Art. 8.5)." })
  async agreement(@Ctx() ctx: Context, @Root() project: Project): Promise<Agreement | undefined> {
    return agreementService.ofProject(ctx, project.id);
  }
}
