/** Shared technology platforms (Art. 5) and their bookings: the alliance's directory audience sees both. */
import { SharedFacility } from "../../entities/shared-facility.entity";
import { Booking, BookingStatus } from "../../entities/booking.entity";
import { visibleFacilitySql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";

export const sharedFacilities = defineCollection({
  name: "SharedFacility",
  entity: SharedFacility,
  alias: "sf",
  visibility: visibleFacilitySql,
  fields: {
    id: field.id("SharedFacility"),
    allianceId: field.id("Alliance"),
    hostOrganizationId: field.id("Organization"),
    name: field.string(),
    location: field.string(),
    createdAt: field.datetime(),
  },
  defaultOrder: [["name", SortDirection.ASC]],
});

/** A booking is visible exactly when its facility is. */
export const bookings = defineCollection({
  name: "Booking",
  entity: Booking,
  alias: "b",
  visibility: (access, a, params) => {
    const f = params.alias();
    return `EXISTS (SELECT 1 FROM shared_facility ${f} WHERE ${f}.id = ${a}.facility_id AND ${visibleFacilitySql(access, f, params)})`;
  },
  fields: {
    id: field.id("Booking"),
    facilityId: field.id("SharedFacility"),
    organizationId: field.id("Organization"),
    status: field.enum(BookingStatus, "BookingStatus"),
    start: field.datetime(),
    end: field.datetime(),
    createdAt: field.datetime(),
  },
  defaultOrder: [["start", SortDirection.ASC]],
});
