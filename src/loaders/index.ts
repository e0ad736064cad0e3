/**
 * One fresh set of loaders per HTTP request and per subscription event: batching and caching
 * never outlive the viewer they were made for.
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
import type { Access } from "../auth/access";
import { visibleUserSql } from "../auth/permissions";
import { byIdLoader, childrenLoader } from "./by-id.loader";
import { fundsLoaders } from "./funds.loader";
import { agreementLoaders } from "./agreement.loader";
import { ipLoaders } from "./ip.loader";
import type { LoaderMemo } from "../collections/page";
import { pilotLoaders } from "./pilot.loader";

/**
 * Loaders whose rows do not depend on the viewer (services check visibility): they may be shared
 * by the contexts of one moment, such as every audience of one live event.
 */
export function rowLoaders(db: DataSource) {
  return {
    organization: byIdLoader(db, Organization),
    alliance: byIdLoader(db, Alliance),
    membership: byIdLoader(db, Membership),
    membershipsByOrganization: childrenLoader(db, Membership, "organizationId", { orderBy: "appliedAt" }),
    project: byIdLoader(db, Project),
    /** Current participants (not removed) per project. */
    participantsByProject: childrenLoader(db, ProjectParticipant, "projectId", {
      scope: (alias) => `${alias}.removed_at IS NULL`,
      orderBy: "joinedAt",
    }),
    ...agreementLoaders(db),
    /** Participant rows by id, removed ones included (services check visibility). */
    participant: byIdLoader(db, ProjectParticipant),
    milestone: byIdLoader(db, Milestone),
    milestonesByProject: childrenLoader(db, Milestone, "projectId", { orderBy: "dueDate" }),
    /** Tasks by id; their visibility is their project's, checked by the task service. */
    task: byIdLoader(db, Task),
    talentExchange: byIdLoader(db, TalentExchange),
    ...pilotLoaders(db),
  };
}

export type RowLoaders = ReturnType<typeof rowLoaders>;

export function createLoaders(db: DataSource, access: Access | null, rows: RowLoaders = rowLoaders(db)) {
  return {
    ...rows,
    /** Users the viewer may see; others load as undefined. */
    user: byIdLoader(db, User, access ? (alias, params) => visibleUserSql(access, alias, params) : () => "FALSE"),
    ...fundsLoaders(db, access),
    ...ipLoaders(db, access),
    /** Nested connections batched across parents, one loader per field and arguments. */
    pages: new Map() as LoaderMemo,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
