/**
 * The `Date` and `DateTime` scalars of graphql-scalars, with the `@specifiedBy` URL they lack, so
 * that clients and code generators can tell which format they carry. Every field uses these, never
 * graphql-scalars' own: a schema may hold only one type of a name.
 */
import { GraphQLScalarType } from "graphql";
import { GraphQLDate as PlainDate, GraphQLDateTime as PlainDateTime } from "graphql-scalars";

const RFC_3339 = "https://datatracker.ietf.org/doc/html/rfc3339";

export const GraphQLDate = new GraphQLScalarType({ ...PlainDate.toConfig(), specifiedByURL: RFC_3339 });
export const GraphQLDateTime = new GraphQLScalarType({ ...PlainDateTime.toConfig(), specifiedByURL: RFC_3339 });
