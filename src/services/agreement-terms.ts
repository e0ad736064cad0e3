/**
 * An agreement version's terms (Art. 8.2): text, innovation goals, task division and breach
 * liability — their validation, and the SHA-256 that freezes them when the version opens.
 */
import { createHash } from "node:crypto";
import type { TaskAssignmentData } from "../../entities/agreement-version.entity";
import { badInput } from "../errors";
import { toGlobalId } from "../graphql/global-id";

export interface Terms {
  text: string;
  goals: string[];
  taskDivision: TaskAssignmentData[];
  breachTerms: string;
}

const MAX_TEXT = 200_000;
const MAX_ITEMS = 100;
const MAX_ITEM = 2000;

function checkItems(items: string[], field: string): string[] {
  if (items.length > MAX_ITEMS) throw badInput(field, `at most ${MAX_ITEMS} entries`);
  items.forEach((item, i) => {
    if (item.length > MAX_ITEM) throw badInput(`${field}[${i}]`, `at most ${MAX_ITEM} characters`);
  });
  return items;
}

/** Checks and normalizes terms; each problem is BAD_USER_INPUT naming its input field. */
export function checkTerms(terms: Terms): Terms {
  const text = terms.text;
  if (text.length > MAX_TEXT) throw badInput("text", `text must be 1 to ${MAX_TEXT} characters`);
  if (terms.breachTerms.length > MAX_TEXT) throw badInput("breachTerms", `at most ${MAX_TEXT} characters`);
  if (terms.taskDivision.length > MAX_ITEMS) throw badInput("taskDivision", `at most ${MAX_ITEMS} entries`);
  const seen = new Set<string>();
  const taskDivision = terms.taskDivision.map((task, i) => {
    if (seen.has(task.organizationId)) {
      throw badInput(`taskDivision[${i}].organizationId`, "each organization appears once in the task division");
    }
    seen.add(task.organizationId);
    const responsibilities = checkItems(task.responsibilities, `taskDivision[${i}].responsibilities`);
    if (responsibilities.length === 0) throw badInput(`taskDivision[${i}].responsibilities`, "name at least one responsibility");
    return { organizationId: task.organizationId, responsibilities };
  });
  return { text, goals: checkItems(terms.goals, "goals"), taskDivision, breachTerms: terms.breachTerms };
}

/**
 * SHA-256 (hex) of the terms as UTF-8 JSON with a fixed key order and organizations as global
 * ids, so a client can recompute it from what the API shows.
 */
export function hashTerms(terms: Terms): string {
  const canonical = JSON.stringify({
    text: terms.text,
    goals: terms.goals,
    taskDivision: terms.taskDivision.map((t) => ({
      organizationId: toGlobalId("Organization", t.organizationId),
      responsibilities: t.responsibilities,
    })),
    breachTerms: terms.breachTerms,
  });
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}
