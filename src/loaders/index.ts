/**
 * One fresh set of loaders per HTTP request and per subscription event (and after each write):
 * batching and caching never outlive the viewer they were made for, nor the state they read. The
 * one exception is what the process keeps until an event says it changed (organization rows:
 * src/auth/standing-cache.ts). A loader is made the first time an operation reads it (./lazy.ts).
 */
import type { DataSource } from "typeorm";
import { Organization } from "../../entities/organization.entity";
import { User } from "../../entities/user.entity";
import { Alliance } from "../../entities/alliance.entity";
import { Membership } from "../../entities/membership.entity";
import { Project } from "../../entities/project.entity";
import { ProjectParticipant } from "../../entities/project-participant.entity";
import { Milestone } from "../../entities/milestone.entity";
import { Task } from "../../entities/task.entity";
import { TalentExchange } from "../../entities/talent-exchange.entity";
import { RightsFacts, type Access } from "../auth/access";
import type { StandingCache } from "../auth/standing-cache";
import { visibleUserSql } from "../auth/permissions";
import { byIdLoader, childrenLoader, type KeptRows } from "./by-id.loader";
import { fundsLoaders } from "./funds.loader";
import { agreementLoaders } from "./agreement.loader";
import { ipLoaders } from "./ip.loader";
import { consentLoaders } from "./consent.loader";
import { pilotLoaders } from "./pilot.loader";
import { workPlanLoaders } from "./work-plan.loader";
import { lazyLoaders, type LoaderDeps, type RowDeps } from "./lazy";

/** Per-operation memo of the nested-page loaders (one per field and arguments, src/collections/page.ts). */
export type LoaderMemo = Map<string, unknown>;

/** The organization rows the process keeps (the registry: every signed-in viewer reads them alike). */
function keptOrganizations(kept: StandingCache): KeptRows {
  return {
    ticket: () => kept.ticket(),
    get: (id) => kept.organization(id),
    store: (ticket, id, row) => kept.storeOrganization(ticket, id, row),
  };
}

/**
 * Loaders whose rows do not depend on the viewer (services check visibility): they may be shared
 * by the contexts of one moment, such as every audience of one live event.
 */
const rowLoaderFactories = {
  organization: ({ db, kept }: RowDeps) => byIdLoader(db, Organization, kept ? { kept: keptOrganizations(kept) } : {}),
  alliance: ({ db }: RowDeps) => byIdLoader(db, Alliance),
  membership: ({ db }: RowDeps) => byIdLoader(db, Membership),
  membershipsByOrganization: ({ db }: RowDeps) => childrenLoader(db, Membership, "organizationId", { orderBy: "appliedAt" }),
  project: ({ db }: RowDeps) => byIdLoader(db, Project),
  /** Current participants (not removed) per project. */
  participantsByProject: ({ db }: RowDeps) =>
    childrenLoader(db, ProjectParticipant, "projectId", {
      scope: (alias) => `${alias}.removed_at IS NULL`,
      orderBy: "joinedAt",
    }),
  ...agreementLoaders,
  /** Participant rows by id, removed ones included (services check visibility). */
  participant: ({ db }: RowDeps) => byIdLoader(db, ProjectParticipant),
  milestone: ({ db }: RowDeps) => byIdLoader(db, Milestone),
  milestonesByProject: ({ db }: RowDeps) => childrenLoader(db, Milestone, "projectId", { orderBy: "dueDate" }),
  /** Tasks by id; their visibility is their project's, checked by the task service. */
  task: ({ db }: RowDeps) => byIdLoader(db, Task),
  talentExchange: ({ db }: RowDeps) => byIdLoader(db, TalentExchange),
  ...pilotLoaders,
};

const RowLoaderSet = lazyLoaders(rowLoaderFactories);
export type RowLoaders = InstanceType<typeof RowLoaderSet>;

function rowLoaders(db: DataSource, kept?: StandingCache): RowLoaders {
  return new RowLoaderSet({ db, kept });
}

interface ContextLoaderDeps extends LoaderDeps {
  rows: RowLoaders;
}

/** A context's row loaders are those of the reads it was given (its own, or shared with its moment). */
const sharedRowLoaders = Object.fromEntries(
  Object.keys(rowLoaderFactories).map((name) => [name, (deps: ContextLoaderDeps) => deps.rows[name as keyof RowLoaders]]),
) as { [K in keyof RowLoaders]: (deps: ContextLoaderDeps) => RowLoaders[K] };

const LoaderSet = lazyLoaders({
  ...sharedRowLoaders,
  /** Users the viewer may see; others load as undefined. */
  user: ({ db, access }: ContextLoaderDeps) =>
    byIdLoader(db, User, { scope: access ? (alias, params) => visibleUserSql(access, alias, params) : () => "FALSE" }),
  ...fundsLoaders,
  ...ipLoaders,
  ...consentLoaders,
  ...workPlanLoaders,
  /** Nested connections batched across parents, one loader per field and arguments. */
  pages: (_deps: ContextLoaderDeps) => new Map() as LoaderMemo,
});

/** Every loader of one context, each made when first read. */
export type Loaders = InstanceType<typeof LoaderSet>;

export function createLoaders(db: DataSource, access: Access | null, rows: RowLoaders = rowLoaders(db)): Loaders {
  return new LoaderSet({ db, access, rows });
}

/**
 * What the contexts of one moment may read together: rights facts (batched across viewers) and
 * rows that do not depend on the viewer. Every live event gets its own, read at delivery; an
 * HTTP request has its own, and so does a context after a write.
 */
export interface SharedReads {
  facts: RightsFacts;
  rows: RowLoaders;
}

/** `standing`: the process's cache of viewers' standings, where it has one (src/auth/standing-cache.ts). */
export function sharedReads(db: DataSource, standing?: StandingCache): SharedReads {
  return { facts: new RightsFacts(db, standing), rows: rowLoaders(db, standing) };
}
