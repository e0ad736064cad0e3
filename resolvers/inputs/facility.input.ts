import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, MaxLength } from "class-validator";
import { GraphQLDateTime } from "graphql-scalars";
import { BookingStatus } from "../../entities/booking.entity";
import { DateTimeFilter, EnumFilter, IdFilter, StringFilter } from "../../src/graphql/filters";

const BookingStatusFilter = EnumFilter(BookingStatus, "BookingStatus");

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

@InputType()
export class SharedFacilityFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) allianceId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) hostOrganizationId?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) location?: StringFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => [SharedFacilityFilter], { nullable: true }) and?: SharedFacilityFilter[];
  @Field(() => [SharedFacilityFilter], { nullable: true }) or?: SharedFacilityFilter[];
  @Field(() => SharedFacilityFilter, { nullable: true }) not?: SharedFacilityFilter;
}

@InputType()
export class BookingFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) facilityId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) organizationId?: IdFilter;
  @Field(() => BookingStatusFilter, { nullable: true }) status?: object;
  @Field(() => DateTimeFilter, { nullable: true }) start?: DateTimeFilter;
  @Field(() => DateTimeFilter, { nullable: true }) end?: DateTimeFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => [BookingFilter], { nullable: true }) and?: BookingFilter[];
  @Field(() => [BookingFilter], { nullable: true }) or?: BookingFilter[];
  @Field(() => BookingFilter, { nullable: true }) not?: BookingFilter;
}
