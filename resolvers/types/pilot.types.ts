/** The pilot readiness report (Art. 8): one item per basic condition, met or not and why. */
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../../src/graphql/scalars";
import type { PilotConditionData, PilotReadinessData } from "../../entities/pilot-application.entity";

export enum PilotConditionCode {
  /** 8.1 */
  LEGAL_ENTITIES = "LEGAL_ENTITIES",
  /** 8.2 */
  ALLIANCE_AGREEMENT = "ALLIANCE_AGREEMENT",
  /** 8.3 */
  GOVERNING_BODIES = "GOVERNING_BODIES",
  /** 8.4 */
  FUND_MANAGEMENT = "FUND_MANAGEMENT",
  /** 8.5 */
  BENEFIT_SHARING = "BENEFIT_SHARING",
  /** 8.6 */
  OPEN_DEVELOPMENT = "OPEN_DEVELOPMENT",
}
registerEnumType(PilotConditionCode, {
  name: "PilotConditionCode",
  description: "The conditions of the national pilot (试点), from the guideline's Art. 8.",
  valuesConfig: {
    LEGAL_ENTITIES: { description: "Every member is an independent legal entity (Art. 8.1)." },
    ALLIANCE_AGREEMENT: { description: "An effective alliance agreement signed by every member's legal representative (Art. 8.2)." },
    GOVERNING_BODIES: { description: "Decision, advisory and executive bodies are set up (Art. 8.3)." },
    FUND_MANAGEMENT: { description: "A fund-management policy is adopted (Art. 8.4)." },
    BENEFIT_SHARING: { description: "Benefit sharing of results is agreed beforehand (Art. 8.5)." },
    OPEN_DEVELOPMENT: { description: "Government-funded results are diffused outside the alliance (Art. 8.6)." },
  },
});

@ObjectType({ description: "A record that keeps a condition from being met." })
export class PilotOffender {
  /** The offending record's global id; not this object's own, which has none (it is not a Node). */
  @Field(() => ID, { name: "subjectId", description: "The offending record's global id (resolve it with node(id), or read subject)." })
  id!: string;
  @Field({ description: "Its type, e.g. Organization, Project, IpAsset, GoverningBody, Agreement." }) type!: string;
  @Field({ description: "A name to show for it." }) label!: string;
  @Field({ description: "What is wrong with it." }) problem!: string;
}

@ObjectType({ description: "One pilot condition and whether the alliance meets it." })
export class PilotCondition implements PilotConditionData {
  @Field({ description: 'The article of the guideline, "8.1" … "8.6".' }) article!: string;
  @Field(() => PilotConditionCode, { description: "Which condition." }) code!: PilotConditionCode;
  @Field({ description: "What it requires." }) title!: string;
  @Field({ description: "Whether it is met." }) met!: boolean;
  @Field({ description: "Why it is met, or what is missing." }) explanation!: string;
  @Field(() => [PilotOffender], { description: "The records to fix; empty when met." }) offending!: PilotOffender[];
}

@ObjectType({
  description: "The basic conditions of Art. 8, evaluated against live data (or as they stood when an application was filed).",
})
export class PilotReadiness implements PilotReadinessData {
  allianceId!: string;
  @Field({ description: "True when every condition is met: the alliance may apply." }) ready!: boolean;
  @Field(() => GraphQLDateTime, { description: "When this was worked out." }) evaluatedAt!: string;
  @Field(() => [PilotCondition], { description: "Each condition of Art. 8 and whether it is met." }) conditions!: PilotCondition[];
}
