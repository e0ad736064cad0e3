/**
 * Every collection descriptor. A new collection is one file beside these and one line here; its
 * CSV export (`/export/<path>.csv`) exists as soon as its descriptor names export columns.
 */
import type { AnyCollection } from "./collection";
import { allianceRoleGrants, alliances } from "./alliance";
import { auditEntries } from "./audit";
import { breachRecords } from "./breach";
import { expenses } from "./expense";
import { bookings, sharedFacilities } from "./facility";
import { governingBodies, policyDocuments } from "./governance";
import { memberships } from "./membership";
import { organizations } from "./organization";
import { participants, projects } from "./project";
import { talentExchanges } from "./talent-exchange";
import { tasks } from "./task";
import { users } from "./user";

export const collections: AnyCollection[] = [
  allianceRoleGrants,
  alliances,
  auditEntries,
  breachRecords,
  expenses,
  bookings,
  sharedFacilities,
  governingBodies,
  policyDocuments,
  memberships,
  organizations,
  participants,
  projects,
  talentExchanges,
  tasks,
  users,
];

/** The collections with a CSV export, in the order the documentation lists them. */
export const exportable = collections.filter((c) => c.def.export);
