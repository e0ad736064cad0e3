import { Field, ID, InputType } from "type-graphql";
import { MaxLength } from "class-validator";
import { Decision } from "../../src/services/membership.service";

@InputType()
export class ApplyForPilotInput {
  @Field(() => ID) allianceId!: string;
}

@InputType()
export class DecidePilotInput {
  @Field(() => ID) pilotApplicationId!: string;
  @Field(() => Decision) decision!: Decision;
  @Field({ nullable: true }) @MaxLength(2000) reason?: string;
}
