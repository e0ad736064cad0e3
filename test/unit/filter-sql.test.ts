import { SqlParams } from "../../src/db/sql";
import { buildPredicate, type FilterSpec } from "../../src/collections/filter";
import { toGlobalId } from "../../src/graphql/global-id";

const spec = (a: string): FilterSpec => ({
  name: { kind: "string", sql: `${a}.name` },
  status: { kind: "enum", sql: `${a}.status` },
  budget: { kind: "decimal", sql: `${a}.budget` },
  organizationId: { kind: "id", sql: `${a}.organization_id`, type: "Organization" },
  organization: {
    kind: "relation",
    exists: (r) => `SELECT 1 FROM organization ${r} WHERE ${r}.id = ${a}.organization_id`,
    spec: (r) => ({ type: { kind: "enum", sql: `${r}.type` } }),
  },
});

function build(filter: Record<string, unknown>) {
  const params = new SqlParams();
  return { sql: buildPredicate(filter, spec("p"), params), values: params.values };
}

describe("filter → SQL", () => {
  it("binds every value as a parameter and escapes LIKE wildcards", () => {
    expect(build({ name: { contains: "50%_off" }, status: { eq: "ACTIVE" } })).toEqual({
      sql: "(p.name ILIKE :f0 AND p.status = :f1)",
      values: { f0: "%50\\%\\_off%", f1: "ACTIVE" },
    });
  });

  it("combines and / or / not, keeping null rows under ne and not", () => {
    const { sql } = build({ or: [{ status: { in: ["A", "B"] } }, { not: { name: { ne: "x" } } }] });
    expect(sql).toBe("(p.status IN (:...f0) OR NOT COALESCE((p.name <> :f1 OR p.name IS NULL), FALSE))");
  });

  it("turns an empty in-list into FALSE and an empty filter into no predicate", () => {
    expect(build({ status: { in: [] } }).sql).toBe("FALSE");
    expect(build({}).sql).toBe("");
    expect(build({ and: [] }).sql).toBe("");
  });

  it("decodes global ids of the right type and rejects others naming the path", () => {
    const org = toGlobalId("Organization", "11111111-1111-4111-8111-111111111111");
    expect(build({ organizationId: { eq: org } }).values).toEqual({ f0: "11111111-1111-4111-8111-111111111111" });
    const project = toGlobalId("Project", "11111111-1111-4111-8111-111111111111");
    expect(() => build({ organizationId: { in: [project] } })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "filter.organizationId.in" }) }),
    );
  });

  it("filters across a relation with a correlated EXISTS", () => {
    expect(build({ organization: { type: { eq: "UNIVERSITY" } } })).toEqual({
      sql: "EXISTS (SELECT 1 FROM organization _r0 WHERE _r0.id = p.organization_id AND _r0.type = :f0)",
      values: { f0: "UNIVERSITY" },
    });
  });

  it("passes decimals as exact strings", () => {
    expect(build({ budget: { gte: { toString: () => "1000000.01" } } }).values).toEqual({ f0: "1000000.01" });
  });

  it("refuses unknown fields and oversized in-lists", () => {
    expect(() => build({ secret: { eq: 1 } })).toThrow(/cannot filter on secret/);
    expect(() => build({ status: { in: Array.from({ length: 101 }, (_, i) => `S${i}`) } })).toThrow(/at most 100/);
  });
});
