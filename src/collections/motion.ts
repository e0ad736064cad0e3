/** Motions of governing bodies (Art. 8.3): visible to the body's seat holders, the secretariat and analysts. */
import { Motion, MotionKind, MotionStatus } from "../../entities/motion.entity";
import { visibleMotionSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";

export const motions = defineCollection({
  name: "Motion",
  entity: Motion,
  alias: "mo",
  description: "Conditions on motions; combine with and, or, not.",
  visibility: visibleMotionSql,
  fields: {
    id: field.id("Motion", { description: "The motion itself." }),
    bodyId: field.id("GoverningBody", { description: "The body the motion is put to." }),
    allianceId: field.id("Alliance", { description: "The alliance of the body." }),
    kind: field.enum(MotionKind, "MotionKind", { order: "KIND", description: "What the motion asks the body to decide." }),
    status: field.enum(MotionStatus, "MotionStatus", {
      order: "STATUS",
      description: "As decided so far (due motions are decided before).",
    }),
    title: field.string({ order: "TITLE", description: "The motion's title." }),
    opensAt: field.datetime({ order: "OPENS_AT", description: "When it was proposed." }),
    closesAt: field.datetime({ order: "CLOSES_AT", description: "When voting closes at the latest." }),
    decidedAt: field.datetime({
      order: "DECIDED_AT",
      nullsAs: "'infinity'::timestamptz",
      description: "When it was decided or withdrawn; null while open (sorts last).",
    }),
  },
  // Newest first.
  defaultOrder: [["opensAt", SortDirection.DESC]],
  export: {
    path: "motions",
    columns: ["id", "bodyId", "allianceId", "kind", "status", "title", "opensAt", "closesAt", "decidedAt"],
  },
  aggregate: {
    dimensions: {
      STATUS: { field: "status", description: "OPEN, PASSED, REJECTED or WITHDRAWN." },
      KIND: { field: "kind", description: "What the motion asks the body to decide." },
      ALLIANCE: { field: "allianceId", description: "The alliance." },
    },
    dates: {
      OPENS_AT: { field: "opensAt", description: "When the motion was proposed (UTC)." },
      CLOSES_AT: { field: "closesAt", description: "When voting closes at the latest (UTC)." },
      DECIDED_AT: { field: "decidedAt", description: "When it was decided or withdrawn (UTC)." },
    },
    defaultDate: "OPENS_AT",
  },
});
