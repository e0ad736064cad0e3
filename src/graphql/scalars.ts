/**
 * The `Date` and `DateTime` scalars of graphql-scalars, with the `@specifiedBy` URL they lack, so
 * that clients and code generators can tell which format they carry. Every field uses these, never
 * graphql-scalars' own: a schema may hold only one type of a name.
 */
import { GraphQLScalarType } from "graphql";
import { GraphQLDate as PlainDate, GraphQLDateTime as PlainDateTime } from "graphql-scalars";

const RFC_3339 = "https://datatracker.ietf.org/doc/html/rfc3339";

/**
 * Years 0001 to 9999: RFC 3339 allows year 0000, which PostgreSQL refuses (there was no year 0),
 * so it is refused here, as bad input, rather than by the database.
 */
function inRange(value: unknown): Date {
  const date = value as Date;
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) throw new TypeError("the year must be between 0001 and 9999");
  return date;
}

function bounded(config: ReturnType<GraphQLScalarType["toConfig"]>): GraphQLScalarType {
  return new GraphQLScalarType({
    ...config,
    specifiedByURL: RFC_3339,
    parseValue: (value) => inRange(config.parseValue(value)),
    parseLiteral: (ast, variables) => inRange(config.parseLiteral(ast, variables)),
  });
}

export const GraphQLDate = bounded(PlainDate.toConfig());
export const GraphQLDateTime = bounded(PlainDateTime.toConfig());
