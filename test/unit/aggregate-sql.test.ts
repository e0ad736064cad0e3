import { aggregateSql, type AggregateSource } from "../../src/db/aggregate";
import { SqlParams } from "../../src/db/sql";
import { buildPredicate } from "../../src/collections/filter";
import { toGlobalId } from "../../src/graphql/global-id";

const source: AggregateSource = {
  table: "distribution",
  alias: "d",
  joins: { org: "LEFT JOIN organization org ON org.id = d.organization_id" },
  dimensions: {
    ORGANIZATION_TYPE: { key: "organizationType", sql: "org.type", joins: ["org"], description: "" },
    CURRENCY: { key: "currency", sql: "d.currency", description: "" },
  },
  dates: {
    RECEIVED_ON: { sql: "d.received_on", type: "date", description: "" },
    CREATED_AT: { sql: "d.created_at", type: "timestamptz", description: "" },
  },
  defaultDate: "RECEIVED_ON",
  measures: { amount: "d.amount" },
  implicitGroupBy: ["CURRENCY"],
};

const request = (groupBy: string[], date?: string) => ({ where: ["VISIBLE", ""], params: new SqlParams(), groupBy, date });

describe("aggregate → SQL", () => {
  it("groups by the requested dimensions, the time bucket and the implicit currency, joining only what they need", () => {
    const { sql, dims, bucket } = aggregateSql(source, request(["ORGANIZATION_TYPE", "QUARTER"]));
    expect(dims).toEqual(["ORGANIZATION_TYPE", "CURRENCY"]);
    expect(bucket).toBe("QUARTER");
    expect(sql).toContain("LEFT JOIN organization org ON org.id = d.organization_id");
    expect(sql).toContain(`to_char(date_trunc('quarter', (d.received_on)::timestamp), 'YYYY-MM-DD') AS "period"`);
    expect(sql).toContain(`sum(d.amount)::text AS "sum_amount", round(avg(d.amount), 2)::text AS "avg_amount"`);
    expect(sql).toContain("WHERE VISIBLE\nGROUP BY 1, 2, 3\nORDER BY 1 NULLS LAST, 2 NULLS LAST, 3 NULLS LAST");
  });

  it("buckets timestamps in UTC; without groupBy it joins nothing and still keeps currencies apart", () => {
    expect(aggregateSql(source, request(["YEAR"], "CREATED_AT")).sql).toContain(`date_trunc('year', ((d.created_at) AT TIME ZONE 'UTC'))`);
    const { sql } = aggregateSql(source, request([]));
    expect(sql).not.toContain("JOIN");
    expect(sql).toContain("GROUP BY 1");
  });

  it("refuses two time buckets, an unknown dimension and an unknown date, naming the argument", () => {
    expect(() => aggregateSql(source, request(["YEAR", "MONTH"]))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "groupBy" }) }),
    );
    expect(() => aggregateSql(source, request(["CURRENCY", "STATUS"]))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "groupBy[1]" }) }),
    );
    expect(() => aggregateSql(source, request(["YEAR"], "NOPE"))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "date" }) }),
    );
  });
});

describe("node references and timestamps in filters", () => {
  const spec = {
    entityId: { kind: "node" as const, typeSql: "e.entity_type", keySql: "e.entity_id" },
    createdAt: { kind: "datetime" as const, sql: "e.created_at" },
  };
  const key = "0b1a1654-b351-412a-9c53-65797eb7994c";

  it("matches a global id of any type on both the type and the key, each bound", () => {
    const params = new SqlParams();
    const sql = buildPredicate({ entityId: { eq: toGlobalId("Membership", key), ne: toGlobalId("Project", key) } }, spec, params);
    expect(sql).toBe("((e.entity_type = :f0 AND e.entity_id = :f1) AND NOT (e.entity_type = :f2 AND e.entity_id = :f3))");
    expect(params.values).toEqual({ f0: "Membership", f1: key, f2: "Project", f3: key });
    expect(buildPredicate({ entityId: { in: [] } }, spec, new SqlParams())).toBe("FALSE");
  });

  it("rejects a value that is not a global id, naming the path", () => {
    expect(() => buildPredicate({ or: [{ entityId: { in: ["nope"] } }] }, spec, new SqlParams())).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "filter.or[0].entityId.in" }) }),
    );
  });

  it("compares timestamps at the API's millisecond precision", () => {
    expect(buildPredicate({ createdAt: { gte: new Date(0) } }, spec, new SqlParams())).toBe(
      "date_trunc('milliseconds', e.created_at) >= :f0",
    );
  });
});
