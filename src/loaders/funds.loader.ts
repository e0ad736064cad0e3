/**
 * Loaders of benefit sharing, funds and shared facilities (one fresh set per request, like the
 * rest). Visibility is checked by the services; these only batch.
 */
import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { BenefitPlan } from "../../entities/benefit-plan.entity";
import { BenefitShare } from "../../entities/benefit-share.entity";
import { RevenueEvent } from "../../entities/revenue-event.entity";
import { Distribution } from "../../entities/distribution.entity";
import { FundingSource } from "../../entities/funding-source.entity";
import { Expense } from "../../entities/expense.entity";
import { SharedFacility } from "../../entities/shared-facility.entity";
import { Booking } from "../../entities/booking.entity";
import { Decimal } from "../graphql/decimal";
import { visibleDistributionSql } from "../auth/permissions";
import { byIdLoader, childrenLoader } from "./by-id.loader";
import type { LoaderDeps } from "./lazy";

/** One funding source with what has been approved and what is pending against it. */
export interface FundingBalanceRow {
  fundingSourceId: string;
  projectId: string;
  kind: string;
  provider: string;
  currency: string;
  amount: Decimal;
  approved: Decimal;
  pending: Decimal;
}

function fundingBalancesLoader(db: DataSource): DataLoader<string, FundingBalanceRow[]> {
  return new DataLoader(async (projectIds) => {
    const rows: {
      id: string;
      project_id: string;
      kind: string;
      provider: string;
      currency: string;
      amount: string;
      approved: string;
      pending: string;
    }[] = await db.query(
      `SELECT fs.id, fs.project_id, fs.kind, fs.provider, fs.currency, fs.amount::text AS amount,
                COALESCE(SUM(e.amount) FILTER (WHERE e.status = 'APPROVED'), 0)::text AS approved,
                COALESCE(SUM(e.amount) FILTER (WHERE e.status = 'PENDING'), 0)::text AS pending
           FROM funding_source fs LEFT JOIN expense e ON e.funding_source_id = fs.id
          WHERE fs.project_id = ANY($1::uuid[])
          GROUP BY fs.id
          ORDER BY fs.created_at, fs.id`,
      [projectIds],
    );
    const grouped = new Map<string, FundingBalanceRow[]>(projectIds.map((id) => [id, []]));
    for (const r of rows) {
      grouped.get(r.project_id)?.push({
        fundingSourceId: r.id,
        projectId: r.project_id,
        kind: r.kind,
        provider: r.provider,
        currency: r.currency.trim(),
        amount: new Decimal(r.amount),
        approved: new Decimal(r.approved),
        pending: new Decimal(r.pending),
      });
    }
    return projectIds.map((id) => grouped.get(id) ?? []);
  });
}

/** Projects with at least one GOVERNMENT funding source. */
function governmentFundedLoader(db: DataSource): DataLoader<string, boolean> {
  return new DataLoader(async (projectIds) => {
    const rows: { project_id: string }[] = await db.query(
      `SELECT DISTINCT project_id FROM funding_source WHERE kind = 'GOVERNMENT' AND project_id = ANY($1::uuid[])`,
      [projectIds],
    );
    const funded = new Set(rows.map((r) => r.project_id));
    return projectIds.map((id) => funded.has(id));
  });
}

/** Made on first read (see ./lazy.ts). */
export const fundsLoaders = {
  benefitPlan: ({ db }: LoaderDeps) => byIdLoader(db, BenefitPlan),
  sharesByPlan: ({ db }: LoaderDeps) => childrenLoader(db, BenefitShare, "planId", { orderBy: "organizationId" }),
  revenueEvent: ({ db }: LoaderDeps) => byIdLoader(db, RevenueEvent),
  /** Every line of an event: for visibility checks, never returned as such. */
  linesByEvent: ({ db }: LoaderDeps) => childrenLoader(db, Distribution, "revenueEventId", { orderBy: "organizationId" }),
  /** The lines of an event that the viewer may see. */
  visibleLinesByEvent: ({ db, access }: LoaderDeps) =>
    childrenLoader(db, Distribution, "revenueEventId", {
      scope: access ? (alias, params) => visibleDistributionSql(access, alias, params) : () => "FALSE",
      orderBy: "organizationId",
    }),
  distribution: ({ db }: LoaderDeps) => byIdLoader(db, Distribution),
  fundingSource: ({ db }: LoaderDeps) => byIdLoader(db, FundingSource),
  fundingSourcesByProject: ({ db }: LoaderDeps) => childrenLoader(db, FundingSource, "projectId", { orderBy: "createdAt" }),
  fundingBalancesByProject: ({ db }: LoaderDeps) => fundingBalancesLoader(db),
  governmentFunded: ({ db }: LoaderDeps) => governmentFundedLoader(db),
  expense: ({ db }: LoaderDeps) => byIdLoader(db, Expense),
  expensesBySource: ({ db }: LoaderDeps) => childrenLoader(db, Expense, "fundingSourceId", { orderBy: "createdAt" }),
  sharedFacility: ({ db }: LoaderDeps) => byIdLoader(db, SharedFacility),
  booking: ({ db }: LoaderDeps) => byIdLoader(db, Booking),
};
