import { Field, InputType } from "type-graphql";
import { DateTimeFilter, IdFilter, StringFilter } from "../../src/graphql/filters";

@InputType()
export class AuditEntryFilter {
  @Field(() => IdFilter, { nullable: true }) actorId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) allianceId?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) action?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) entityType?: StringFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => [AuditEntryFilter], { nullable: true }) and?: AuditEntryFilter[];
  @Field(() => [AuditEntryFilter], { nullable: true }) or?: AuditEntryFilter[];
  @Field(() => AuditEntryFilter, { nullable: true }) not?: AuditEntryFilter;
}
