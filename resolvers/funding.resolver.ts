import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Expense } from "../entities/expense.entity";
import { FundingKind, FundingSource } from "../entities/funding-source.entity";
import { Organization } from "../entities/organization.entity";
import { Project } from "../entities/project.entity";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { toGlobalId, withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { fundingService, type FundingSourceBalance as BalanceData } from "../src/services/funding.service";
import { projectService } from "../src/services/project.service";
import { AddFundingSourceInput, DecideExpenseInput, ExpenseFilter, RequestExpenseInput } from "./inputs/funding.input";
import { ExpenseConnection, FundingSourceBalance, FundingSummary } from "./types/funds.types";

const withGlobalId = (balance: BalanceData): FundingSourceBalance => ({
  ...balance,
  fundingSourceId: toGlobalId("FundingSource", balance.fundingSourceId),
});

/** Funding fields of a project (visible with the project). */
@Authorized()
@Resolver(() => Project)
export class ProjectFundingResolver {
  @FieldResolver(() => Boolean, { description: "True when any funding source is GOVERNMENT." })
  governmentFunded(@Ctx() ctx: Context, @Root() project: Project): Promise<boolean> {
    return fundingService.governmentFunded(ctx, project);
  }

  @FieldResolver(() => [FundingSource], { description: "Where its money comes from." })
  fundingSources(@Ctx() ctx: Context, @Root() project: Project): Promise<FundingSource[]> {
    return fundingService.sources(ctx, project);
  }

  @FieldResolver(() => FundingSummary, {
    description: "Per source and per currency: amount, approved, pending, remaining; government money apart.",
  })
  async fundingSummary(@Ctx() ctx: Context, @Root() project: Project): Promise<FundingSummary> {
    const summary = await fundingService.summary(ctx, project);
    return { ...summary, sources: summary.sources.map(withGlobalId) };
  }
}

@Authorized()
@Resolver(() => FundingSource)
export class FundingSourceResolver {
  @Mutation(() => FundingSource, { description: "Record a funding source of a project (its lead ORG_ADMIN or the secretariat)." })
  addFundingSource(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `AddFundingSourceInput`." }) input: AddFundingSourceInput,
  ): Promise<FundingSource> {
    return fundingService.addSource(ctx, withKeys(input, { projectId: "Project" }));
  }

  @FieldResolver(() => Project, { description: "The project funded." })
  project(@Ctx() ctx: Context, @Root() source: FundingSource): Promise<Project> {
    return projectService.get(ctx, source.projectId);
  }

  @FieldResolver(() => Boolean, { description: "Government money (Art. 8.4)." })
  government(@Root() source: FundingSource): boolean {
    return source.kind === FundingKind.GOVERNMENT;
  }

  @FieldResolver(() => FundingSourceBalance, { description: "What is left after approved and pending expenses." })
  async balance(@Ctx() ctx: Context, @Root() source: FundingSource): Promise<FundingSourceBalance> {
    return withGlobalId(await fundingService.sourceBalance(ctx, source));
  }

  @FieldResolver(() => [Expense], { description: "The expenses paid from it that you may see." })
  expenses(@Ctx() ctx: Context, @Root() source: FundingSource): Promise<Expense[]> {
    return fundingService.expensesOf(ctx, source);
  }
}

@Authorized()
@Resolver(() => Expense)
export class ExpenseResolver {
  @Query(() => ExpenseConnection, { description: "Expenses of the projects you may see." })
  async expenses(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => ExpenseFilter, { nullable: true, description: "Only the rows matching these conditions." }) filter?: ExpenseFilter,
  ): Promise<ExpenseConnection> {
    return new ExpenseConnection(await fundingService.listExpenses(ctx, { ...page, filter }));
  }

  @Mutation(() => Expense, { description: "Ask to spend from a funding source (a user of a participant organization)." })
  requestExpense(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `RequestExpenseInput`." }) input: RequestExpenseInput,
  ): Promise<Expense> {
    return fundingService.requestExpense(ctx, withKeys(input, { fundingSourceId: "FundingSource", workPackageId: "WorkPackage" }));
  }

  @Mutation(() => Expense, { description: "Approve or reject an expense (the secretariat, never the requester)." })
  decideExpense(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `DecideExpenseInput`." }) input: DecideExpenseInput,
  ): Promise<Expense> {
    return fundingService.decideExpense(ctx, withKeys(input, { expenseId: "Expense" }));
  }

  @FieldResolver(() => FundingSource, { description: "The source it is paid from." })
  async fundingSource(@Ctx() ctx: Context, @Root() expense: Expense): Promise<FundingSource | undefined> {
    return ctx.loaders.fundingSource.load(expense.fundingSourceId);
  }

  @FieldResolver(() => Project, { description: "The project." })
  project(@Ctx() ctx: Context, @Root() expense: Expense): Promise<Project> {
    return projectService.get(ctx, expense.projectId);
  }

  @FieldResolver(() => Organization, { description: "The requesting organization." })
  async organization(@Ctx() ctx: Context, @Root() expense: Expense): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(expense.organizationId);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who asked." })
  async requestedBy(@Ctx() ctx: Context, @Root() expense: Expense): Promise<User | null> {
    return expense.requestedById ? ((await ctx.loaders.user.load(expense.requestedById)) ?? null) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who decided." })
  async decidedBy(@Ctx() ctx: Context, @Root() expense: Expense): Promise<User | null> {
    return expense.decidedById ? ((await ctx.loaders.user.load(expense.decidedById)) ?? null) : null;
  }
}
