import { Field, InputType, registerEnumType } from "type-graphql";
import { DateTimeFilter, IdFilter, StringFilter } from "../../src/graphql/filters";
import { OrderInput } from "../../src/graphql/order";

@InputType()
export class AuditEntryFilter {
  @Field(() => IdFilter, { nullable: true }) actorId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) allianceId?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) action?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: "The entity's type name, e.g. Membership." }) entityType?: StringFilter;
  @Field(() => IdFilter, { nullable: true, description: "The entity acted on, by its global id (of any type)." })
  entityId?: IdFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => [AuditEntryFilter], { nullable: true }) and?: AuditEntryFilter[];
  @Field(() => [AuditEntryFilter], { nullable: true }) or?: AuditEntryFilter[];
  @Field(() => AuditEntryFilter, { nullable: true }) not?: AuditEntryFilter;
}

export enum AuditEntryOrderField {
  CREATED_AT = "CREATED_AT",
  ACTION = "ACTION",
  ENTITY_TYPE = "ENTITY_TYPE",
}
registerEnumType(AuditEntryOrderField, { name: "AuditEntryOrderField" });
export const AuditEntryOrder = OrderInput(AuditEntryOrderField, "AuditEntry");
