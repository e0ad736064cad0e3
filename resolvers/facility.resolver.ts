import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Alliance } from "../entities/alliance.entity";
import { Booking } from "../entities/booking.entity";
import { Organization } from "../entities/organization.entity";
import { SharedFacility } from "../entities/shared-facility.entity";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { facilityService } from "../src/services/facility.service";
import {
  BookFacilityInput,
  BookingFilter,
  CancelBookingInput,
  CreateSharedFacilityInput,
  SharedFacilityFilter,
} from "./inputs/facility.input";
import { BookingConnection, SharedFacilityConnection } from "./types/funds.types";

@Authorized()
@Resolver(() => SharedFacility)
export class SharedFacilityResolver {
  @Query(() => SharedFacilityConnection, { description: "Shared technology platforms of the alliances whose directory you see (Art. 5)." })
  async sharedFacilities(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => SharedFacilityFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: SharedFacilityFilter,
  ): Promise<SharedFacilityConnection> {
    return new SharedFacilityConnection(await facilityService.list(ctx, { ...page, filter }));
  }

  @Mutation(() => SharedFacility, { description: "Register a facility hosted by an active member (secretariat)." })
  createSharedFacility(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `CreateSharedFacilityInput`." })
    input: CreateSharedFacilityInput,
  ): Promise<SharedFacility> {
    return facilityService.create(ctx, withKeys(input, { allianceId: "Alliance", hostOrganizationId: "Organization" }));
  }

  @FieldResolver(() => Alliance, { description: "The alliance." })
  async alliance(@Ctx() ctx: Context, @Root() facility: SharedFacility): Promise<Alliance | undefined> {
    return ctx.loaders.alliance.load(facility.allianceId);
  }

  @FieldResolver(() => Organization, { description: "The organization that owns and runs it." })
  async hostOrganization(@Ctx() ctx: Context, @Root() facility: SharedFacility): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(facility.hostOrganizationId);
  }

  @FieldResolver(() => BookingConnection, { description: "Its bookings that you may see." })
  async bookings(
    @Ctx() ctx: Context,
    @Root() facility: SharedFacility,
    @Args() page: PageArgs,
    @Arg("filter", () => BookingFilter, { nullable: true, description: "Only the rows matching these conditions." }) filter?: BookingFilter,
  ): Promise<BookingConnection> {
    return new BookingConnection(await facilityService.listBookings(ctx, { ...page, filter, facilityId: facility.id }));
  }
}

@Authorized()
@Resolver(() => Booking)
export class BookingResolver {
  @Query(() => BookingConnection, { description: "Bookings of the facilities you may see." })
  async bookings(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => BookingFilter, { nullable: true, description: "Only the rows matching these conditions." }) filter?: BookingFilter,
  ): Promise<BookingConnection> {
    return new BookingConnection(await facilityService.listBookings(ctx, { ...page, filter }));
  }

  @Mutation(() => Booking, { description: "Book a facility for [start, end) for your organization (users of active members)." })
  bookFacility(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `BookFacilityInput`." }) input: BookFacilityInput,
  ): Promise<Booking> {
    return facilityService.book(ctx, withKeys(input, { facilityId: "SharedFacility" }));
  }

  @Mutation(() => Booking, { description: "Cancel a booking (the booker, their ORG_ADMIN or the secretariat)." })
  cancelBooking(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `CancelBookingInput`." }) input: CancelBookingInput,
  ): Promise<Booking> {
    return facilityService.cancel(ctx, withKeys(input, { bookingId: "Booking" }));
  }

  @FieldResolver(() => SharedFacility, { description: "The facility booked." })
  facility(@Ctx() ctx: Context, @Root() booking: Booking): Promise<SharedFacility> {
    return facilityService.get(ctx, booking.facilityId);
  }

  @FieldResolver(() => Organization, { description: "The organization the slot is for." })
  async organization(@Ctx() ctx: Context, @Root() booking: Booking): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(booking.organizationId);
  }

  @FieldResolver(() => User, { nullable: true, description: "The user who booked." })
  async bookedBy(@Ctx() ctx: Context, @Root() booking: Booking): Promise<User | null> {
    return booking.bookedById ? ((await ctx.loaders.user.load(booking.bookedById)) ?? null) : null;
  }
}
