/**
 * The alliance's public technology platforms (Art. 5): facilities hosted by a member and booked
 * by members. Overlapping confirmed bookings of one facility are impossible: the database's
 * exclusion constraint decides between racing requests, and the loser gets CONFLICT.
 */
import { SharedFacility } from "../../entities/shared-facility.entity";
import { Booking, BookingStatus } from "../../entities/booking.entity";
import { MembershipStatus } from "../../entities/membership.entity";
import { requireAccess, type Context } from "../context";
import { badInput, conflict, forbidden, notFound, registerUniqueConstraint } from "../errors";
import { allianceService } from "./alliance.service";
import { assertSecretariat, canBookFacility, canCancelBooking, visibleFacilitySql } from "../auth/permissions";
import { inTransaction } from "../db/transaction";
import { buildPredicate, SqlParams, type FilterSpec } from "../db/filter-sql";
import { paginate } from "../db/paginate";
import { SortDirection } from "../graphql/filters";
import type { Page, PageArgs } from "../graphql/connection";
import { registerNodeType } from "./node.service";

registerUniqueConstraint("shared_facility_name_unique", "name", "The alliance already has a facility with this name");
registerUniqueConstraint("booking_no_overlap", "start", "The facility is already booked for part of this time");

export const facilityFilterSpec = (a: string): FilterSpec => ({
  id: { kind: "id", sql: `${a}.id`, type: "SharedFacility" },
  allianceId: { kind: "id", sql: `${a}.alliance_id`, type: "Alliance" },
  hostOrganizationId: { kind: "id", sql: `${a}.host_organization_id`, type: "Organization" },
  name: { kind: "string", sql: `${a}.name` },
  location: { kind: "string", sql: `${a}.location` },
  createdAt: { kind: "datetime", sql: `${a}.created_at` },
});

export const bookingFilterSpec = (a: string): FilterSpec => ({
  id: { kind: "id", sql: `${a}.id`, type: "Booking" },
  facilityId: { kind: "id", sql: `${a}.facility_id`, type: "SharedFacility" },
  organizationId: { kind: "id", sql: `${a}.organization_id`, type: "Organization" },
  status: { kind: "enum", sql: `${a}.status` },
  start: { kind: "datetime", sql: `${a}.starts_at` },
  end: { kind: "datetime", sql: `${a}.ends_at` },
  createdAt: { kind: "datetime", sql: `${a}.created_at` },
});

export class FacilityService {
  async get(ctx: Context, id: string, field = "id"): Promise<SharedFacility> {
    const facility = await requireAccess(ctx).visible("facility", id, ctx.loaders.sharedFacility);
    if (!facility) throw notFound("SharedFacility", field);
    return facility;
  }

  async getBooking(ctx: Context, id: string, field = "id"): Promise<Booking> {
    const booking = await ctx.loaders.booking.load(id);
    if (!booking) throw notFound("Booking", field);
    await this.get(ctx, booking.facilityId, field).catch(() => {
      throw notFound("Booking", field);
    });
    return booking;
  }

  async list(ctx: Context, args: PageArgs & { filter?: object }): Promise<Page<SharedFacility>> {
    const access = requireAccess(ctx);
    const params = new SqlParams();
    const qb = ctx.db.getRepository(SharedFacility).createQueryBuilder("sf");
    qb.where(visibleFacilitySql(access, "sf", params));
    const predicate = buildPredicate(args.filter as Record<string, unknown>, facilityFilterSpec("sf"), params);
    if (predicate) qb.andWhere(predicate);
    qb.setParameters(params.values);
    return paginate(qb, args, [{ sql: "sf.name", direction: SortDirection.ASC }], "sf.id");
  }

  async listBookings(ctx: Context, args: PageArgs & { filter?: object; facilityId?: string }): Promise<Page<Booking>> {
    const access = requireAccess(ctx);
    const params = new SqlParams();
    const qb = ctx.db.getRepository(Booking).createQueryBuilder("b");
    qb.where(`EXISTS (SELECT 1 FROM shared_facility vf WHERE vf.id = b.facility_id AND ${visibleFacilitySql(access, "vf", params)})`);
    if (args.facilityId) qb.andWhere(`b.facility_id = ${params.add(args.facilityId)}`);
    const predicate = buildPredicate(args.filter as Record<string, unknown>, bookingFilterSpec("b"), params);
    if (predicate) qb.andWhere(predicate);
    qb.setParameters(params.values);
    return paginate(qb, args, [{ sql: "b.starts_at", direction: SortDirection.ASC }], "b.id");
  }

  /** The secretariat registers a facility hosted by an ACTIVE member. */
  async create(
    ctx: Context,
    input: { allianceId: string; hostOrganizationId: string; name: string; description?: string; location?: string },
  ): Promise<SharedFacility> {
    const access = requireAccess(ctx);
    // An alliance whose directory the viewer does not see is NOT_FOUND, exactly like a missing one.
    const alliance = await allianceService.getDirectory(ctx, input.allianceId);
    await assertSecretariat(access, alliance.id);
    const active: unknown[] = await ctx.db.query(
      `SELECT 1 FROM membership WHERE alliance_id = $1 AND organization_id = $2 AND status = $3`,
      [alliance.id, input.hostOrganizationId, MembershipStatus.ACTIVE],
    );
    if (active.length === 0) throw badInput("hostOrganizationId", "the host must be an active member of the alliance");
    const name = input.name.trim();
    if (!name) throw badInput("name", "name must not be empty");
    return inTransaction(ctx.db, access.viewer.userId, async (tx) => {
      const facility = tx.manager.create(SharedFacility, {
        allianceId: alliance.id,
        hostOrganizationId: input.hostOrganizationId,
        name,
        description: input.description ?? "",
        location: input.location ?? "",
      });
      await tx.manager.save(facility);
      tx.audit({ action: "createSharedFacility", entityType: "SharedFacility", entityId: facility.id, allianceId: alliance.id, changes: input });
      return facility;
    });
  }

  /** A user of an ACTIVE member books `[start, end)` for their organization. */
  async book(ctx: Context, input: { facilityId: string; start: Date; end: Date; purpose: string }): Promise<Booking> {
    const access = requireAccess(ctx);
    const facility = await this.get(ctx, input.facilityId, "facilityId");
    if (!access.viewer.organizationId || !(await canBookFacility(access, facility))) {
      throw forbidden("Only users of active member organizations may book the alliance's facilities");
    }
    if (input.end.getTime() <= input.start.getTime()) throw badInput("end", "end must be after start");
    const purpose = input.purpose.trim();
    if (!purpose) throw badInput("purpose", "purpose must not be empty");
    return inTransaction(ctx.db, access.viewer.userId, async (tx) => {
      const booking = tx.manager.create(Booking, {
        facilityId: facility.id,
        organizationId: access.viewer.organizationId!,
        bookedById: access.viewer.userId,
        start: input.start,
        end: input.end,
        purpose,
        status: BookingStatus.CONFIRMED,
      });
      await tx.manager.save(booking);
      tx.audit({ action: "bookFacility", entityType: "Booking", entityId: booking.id, allianceId: facility.allianceId, changes: input });
      return booking;
    });
  }

  /** The booker, an ORG_ADMIN of the booking organization or the secretariat frees the time. */
  async cancel(ctx: Context, input: { bookingId: string }): Promise<Booking> {
    const access = requireAccess(ctx);
    const booking = await this.getBooking(ctx, input.bookingId, "bookingId");
    const facility = await this.get(ctx, booking.facilityId, "bookingId");
    if (!(await canCancelBooking(access, facility, booking))) {
      throw forbidden("Only the booker, their organization's ORG_ADMIN or the secretariat may cancel a booking");
    }
    if (booking.status !== BookingStatus.CONFIRMED) throw conflict("The booking is already cancelled", "bookingId");
    return inTransaction(ctx.db, access.viewer.userId, async (tx) => {
      const cancelledAt = new Date();
      const result = await tx.manager
        .createQueryBuilder()
        .update(Booking)
        .set({ status: BookingStatus.CANCELLED, cancelledAt })
        .where("id = :id AND status = :confirmed", { id: booking.id, confirmed: BookingStatus.CONFIRMED })
        .execute();
      if (result.affected !== 1) throw conflict("The booking is already cancelled", "bookingId");
      tx.audit({ action: "cancelBooking", entityType: "Booking", entityId: booking.id, allianceId: facility.allianceId, changes: { status: BookingStatus.CANCELLED } });
      return tx.manager.create(Booking, { ...booking, status: BookingStatus.CANCELLED, cancelledAt });
    });
  }
}

export const facilityService = new FacilityService();

registerNodeType("SharedFacility", (ctx, key) => facilityService.get(ctx, key));
registerNodeType("Booking", (ctx, key) => facilityService.getBooking(ctx, key));
