import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, MaxLength } from "class-validator";
import { GraphQLDateTime } from "../../src/graphql/scalars";
import { bookings, sharedFacilities } from "../../src/collections/facility";

@InputType({ description: "Offers an organization's facility for shared use in the alliance (共享)." })
export class CreateSharedFacilityInput {
  @Field(() => ID, { description: "The alliance." }) allianceId!: string;
  @Field(() => ID, { description: "An active member organization that runs the facility." }) hostOrganizationId!: string;
  @Field({ description: "Its name." }) @IsNotEmpty() @MaxLength(300) name!: string;
  @Field({ nullable: true, description: "What it offers." }) @MaxLength(20000) description?: string;
  @Field({ nullable: true, description: "Where it is." }) @MaxLength(300) location?: string;
}

@InputType({ description: "Books [start, end) for your organization." })
export class BookFacilityInput {
  @Field(() => ID, { description: "The facility." }) facilityId!: string;
  @Field(() => GraphQLDateTime, { description: "When the slot starts." }) start!: Date;
  @Field(() => GraphQLDateTime, { description: "When it ends (after start)." }) end!: Date;
  @Field({ description: "What it is for." }) @IsNotEmpty() @MaxLength(1000) purpose!: string;
}

@InputType({ description: "Cancels a booking." })
export class CancelBookingInput {
  @Field(() => ID, { description: "The booking." }) bookingId!: string;
}

/** Filters of facility and booking lists: see src/collections/facility.ts. */
export const SharedFacilityFilter = sharedFacilities.filterInput;
export type SharedFacilityFilter = Record<string, unknown>;
export const BookingFilter = bookings.filterInput;
export type BookingFilter = Record<string, unknown>;
