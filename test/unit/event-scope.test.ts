import { parseEventId, scopeMatches, type EventScope } from "../../src/events/scope";
import type { OutboxEvent } from "../../src/events/dispatcher";
import { dateOnly } from "../../src/graphql/date-only";

const event = (over: Partial<OutboxEvent> = {}): OutboxEvent => ({
  id: "42",
  topic: "task.assigned",
  allianceId: "a",
  projectId: "p",
  organizationIds: ["o1", "o2"],
  entityType: "Task",
  entityId: "t",
  actorId: null,
  createdAt: new Date(0),
  ...over,
});

describe("scopeMatches", () => {
  const cases: [string, EventScope, Partial<OutboxEvent>, boolean][] = [
    ["an empty scope takes everything", {}, {}, true],
    ["an exact topic", { topics: ["task.assigned"] }, {}, true],
    ["another exact topic", { topics: ["task.updated"] }, {}, false],
    ["a topic prefix", { topics: ["task."] }, { topic: "task.created" }, true],
    ["a prefix is not a substring match", { topics: ["task."] }, { topic: "talentExchange.task" }, false],
    ["a project", { projectId: "p" }, {}, true],
    ["another project", { projectId: "q" }, {}, false],
    ["an event without a project", { projectId: "p" }, { projectId: null }, false],
    ["a concerned organization", { organizationId: "o2" }, {}, true],
    ["an unconcerned organization", { organizationId: "o3" }, {}, false],
    ["every condition must hold", { topics: ["task."], projectId: "p", organizationId: "o3" }, {}, false],
    ["an alliance", { allianceId: "a", topics: ["task.assigned"] }, {}, true],
  ];
  it.each(cases)("%s", (_name, scope, over, expected) => {
    expect(scopeMatches(scope, event(over))).toBe(expected);
  });
});

describe("parseEventId", () => {
  it("accepts a decimal id, beyond the range of a JS number too", () => {
    expect(parseEventId("0")).toBe(0n);
    expect(parseEventId("9007199254740993")).toBe(9007199254740993n);
  });
  it.each(["", "-1", "1.5", "abc", "1e3", "12345678901234567890", "9223372036854775808"])(
    "refuses %j as BAD_USER_INPUT on afterEventId",
    (value) => {
      expect(() => parseEventId(value)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "afterEventId" }) }),
      );
    },
  );
});

describe("dateOnly", () => {
  it("turns the GraphQL Date scalar's UTC midnight back into the day", () => {
    expect(dateOnly(new Date("2026-03-01T00:00:00.000Z"))).toBe("2026-03-01");
    expect(dateOnly("2026-03-01")).toBe("2026-03-01");
    expect(dateOnly(null)).toBeNull();
    expect(dateOnly(undefined)).toBeUndefined();
  });
});
