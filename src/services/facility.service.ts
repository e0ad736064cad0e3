/**
 * The alliance's public technology platforms (Art. 5): facilities hosted by a member and booked
 * by members. Overlapping confirmed bookings of one facility are impossible: the database's
 * exclusion constraint decides between racing requests, and the loser gets CONFLICT.
 */
import { SharedFacility } from "../../entities/shared-facility.entity";
import { Booking, BookingStatus } from "../../entities/booking.entity";
import { MembershipStatus } from "../../entities/membership.entity";
import { clockOf, requireAccess, write, type Context } from "../operation-context";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { allianceService } from "./alliance.service";
import { assertSecretariat, canBookFacility, canCancelBooking } from "../auth/permissions";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { bookings, sharedFacilities } from "../collections/facility";

class FacilityService {
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

  list(ctx: Context, args: ListArgs): Promise<Page<SharedFacility>> {
    return listPage(ctx, requireAccess(ctx), sharedFacilities, args);
  }

  /** Bookings the viewer sees; under a facility (`sharedFacility.bookings`), those of it. */
  listBookings(ctx: Context, args: ListArgs & { facilityId?: string }): Promise<Page<Booking>> {
    const { facilityId } = args;
    return listPage(ctx, requireAccess(ctx), bookings, args, {
      where: facilityId ? (a, params) => `${a}.facility_id = ${params.add(facilityId)}` : undefined,
    });
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
    const name = input.name;
    return write(ctx, async (tx) => {
      const facility = tx.manager.create(SharedFacility, {
        allianceId: alliance.id,
        hostOrganizationId: input.hostOrganizationId,
        name,
        description: input.description ?? "",
        location: input.location ?? "",
      });
      await tx.manager.save(facility);
      tx.audit({
        action: "createSharedFacility",
        entityType: "SharedFacility",
        entityId: facility.id,
        allianceId: alliance.id,
        changes: input,
      });
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
    const purpose = input.purpose;
    return write(ctx, async (tx) => {
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
    return write(ctx, async (tx) => {
      const cancelledAt = clockOf(ctx).now();
      const result = await tx.manager
        .createQueryBuilder()
        .update(Booking)
        .set({ status: BookingStatus.CANCELLED, cancelledAt })
        .where("id = :id AND status = :confirmed", { id: booking.id, confirmed: BookingStatus.CONFIRMED })
        .execute();
      if (result.affected !== 1) throw conflict("The booking is already cancelled", "bookingId");
      tx.audit({
        action: "cancelBooking",
        entityType: "Booking",
        entityId: booking.id,
        allianceId: facility.allianceId,
        changes: { status: BookingStatus.CANCELLED },
      });
      return tx.manager.create(Booking, { ...booking, status: BookingStatus.CANCELLED, cancelledAt });
    });
  }
}

export const facilityService = new FacilityService();
