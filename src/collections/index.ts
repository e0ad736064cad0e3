/**
 * Every collection descriptor. A new collection is one file beside these and one line here; its
 * CSV export (`/export/<path>.csv`) exists as soon as its descriptor names export columns.
 */
import type { AnyCollection } from "./collection";
import { agreements } from "./agreement";
import { benefitPlans, benefitShares } from "./benefit-plan";
import { ipAssets } from "./ip-asset";
import { organizations } from "./organization";
import { participants, projects } from "./project";
import { distributions, revenueEvents, revenueRecipients } from "./revenue";
import { tasks } from "./task";

export const collections: AnyCollection[] = [
  agreements,
  benefitPlans, benefitShares,
  ipAssets,
  organizations,
  participants, projects,
  distributions, revenueEvents, revenueRecipients,
  tasks,
];

/** The collections with a CSV export, in the order the documentation lists them. */
export const exportable = collections.filter((c) => c.def.export);
