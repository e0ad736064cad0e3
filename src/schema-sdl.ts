import { lexicographicSortSchema, printSchema } from "graphql";
import { createSchema } from "./schema";

/** The API's SDL, sorted so that the checked-in file only changes when the API does. */
export async function printSchemaSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema())) + "\n";
}
