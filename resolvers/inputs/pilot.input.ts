import { Field, ID, InputType } from "type-graphql";
import { MaxLength } from "class-validator";
import { Decision } from "../../src/services/membership.service";

@InputType({ description: "The alliance's application to the national pilot (试点)." })
export class ApplyForPilotInput {
  @Field(() => ID, { description: "The alliance; every pilot condition must be met." }) allianceId!: string;
}

@InputType({ description: "The platform's decision on a pilot application." })
export class DecidePilotInput {
  @Field(() => ID, { description: "The application." }) pilotApplicationId!: string;
  @Field(() => Decision, { description: "Approve or reject." }) decision!: Decision;
  @Field({ nullable: true, description: "Why, for the record." }) @MaxLength(2000) reason?: string;
}
