import { Field, ObjectType } from "type-graphql";

/** One organization's responsibilities under an agreement version (its task division, Art. 8.2). */
@ObjectType({ description: "One organization's responsibilities under an agreement version (its task division, Art. 8.2)." })
export class TaskAssignment {
  organizationId!: string;

  @Field(() => [String], { description: "What it is responsible for." })
  responsibilities!: string[];
}
