/**
 * Every collection descriptor. A new collection is one file beside these and one line here; its
 * CSV export (`/export/<path>.csv`) exists as soon as its descriptor names export columns.
 */
import type { AnyCollection } from "./collection";
import { accessRequests, backgroundDeclarations } from "./access-rights";
import { agreements } from "./agreement";
import { allianceRoleGrants, alliances } from "./alliance";
import { auditEntries } from "./audit";
import { benefitPlans, benefitShares } from "./benefit-plan";
import { breachRecords } from "./breach";
import { expenses } from "./expense";
import { bookings, sharedFacilities } from "./facility";
import { governingBodies, policyDocuments } from "./governance";
import { ipAssets } from "./ip-asset";
import { ipOwnershipChanges } from "./ip-ownership-change";
import { memberships } from "./membership";
import { motions } from "./motion";
import { organizations } from "./organization";
import { participants, projects } from "./project";
import { reportingPeriods } from "./reporting-period";
import { distributions, revenueEvents, revenueRecipients } from "./revenue";
import { talentExchanges } from "./talent-exchange";
import { tasks } from "./task";
import { timeDeclarations } from "./time-declaration";
import { users } from "./user";
import { deliverables, workPackages } from "./work-plan";

export const collections: AnyCollection[] = [
  accessRequests,
  backgroundDeclarations,
  agreements,
  allianceRoleGrants,
  alliances,
  auditEntries,
  benefitPlans,
  benefitShares,
  breachRecords,
  expenses,
  bookings,
  sharedFacilities,
  governingBodies,
  policyDocuments,
  ipAssets,
  ipOwnershipChanges,
  memberships,
  motions,
  organizations,
  participants,
  projects,
  reportingPeriods,
  distributions,
  revenueEvents,
  revenueRecipients,
  talentExchanges,
  tasks,
  timeDeclarations,
  users,
  workPackages,
  deliverables,
];

/** The collections with a CSV export. */
export const exportable = collections.filter((c) => c.def.export);
