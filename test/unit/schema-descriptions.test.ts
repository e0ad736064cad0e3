/**
 * Every type, field, argument, input field and enum value of schema.graphql has a description:
 * the count of described elements equals the count of elements. (`npm run lint:schema` applies
 * graphql-schema-linter's rules, the description and Relay ones among them; this counts.)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from "graphql";

interface Element {
  name: string;
  description: string | null | undefined;
}

/** Everything the API defines that a description can be attached to (the built-in types left out). */
function elements(schema: GraphQLSchema): Element[] {
  const found: Element[] = [];
  const add = (name: string, description: string | null | undefined) => found.push({ name, description });
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
    add(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) add(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) add(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) add(`${type.name}.${value.name}`, value.description);
    }
  }
  return found;
}

it("describes 100% of the schema's types, fields, arguments, input fields and enum values", () => {
  const schema = buildSchema(readFileSync(path.join(__dirname, "..", "..", "schema.graphql"), "utf8"));
  const all = elements(schema);
  const missing = all.filter((e) => !e.description?.trim()).map((e) => e.name);
  expect(all.length).toBeGreaterThan(1000);
  expect({ described: all.length - missing.length, of: all.length, missing }).toEqual({
    described: all.length,
    of: all.length,
    missing: [],
  });
});
