import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, MaxLength } from "class-validator";
import { GraphQLDateTime } from "../../src/graphql/scalars";
import { bookings, sharedFacilities } from "../../src/collections/facility";

@InputType()
export class CreateSharedFacilityInput {
  @Field(() => ID) allianceId!: string;
  @Field(() => ID, { description: "An active member organization that runs the facility." }) hostOrganizationId!: string;
  @Field() @IsNotEmpty() @MaxLength(300) name!: string;
  @Field({ nullable: true }) @MaxLength(20000) description?: string;
  @Field({ nullable: true }) @MaxLength(300) location?: string;
}

@InputType({ description: "Books [start, end) for your organization." })
export class BookFacilityInput {
  @Field(() => ID) facilityId!: string;
  @Field(() => GraphQLDateTime) start!: Date;
  @Field(() => GraphQLDateTime) end!: Date;
  @Field() @IsNotEmpty() @MaxLength(1000) purpose!: string;
}

@InputType()
export class CancelBookingInput {
  @Field(() => ID) bookingId!: string;
}

/** Filters of facility and booking lists: see src/collections/facility.ts. */
export const SharedFacilityFilter = sharedFacilities.filterInput;
export type SharedFacilityFilter = Record<string, unknown>;
export const BookingFilter = bookings.filterInput;
export type BookingFilter = Record<string, unknown>;
