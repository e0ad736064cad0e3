/**
 * Who may see and do what (DESIGN.md §3), in one place. Each rule exists twice on purpose:
 * as a check on one loaded row (`can…`) and as an SQL predicate (`…Sql`) that lists, counts and
 * aggregates put in their WHERE clause, so nothing is ever filtered in memory.
 *
 * Reading something you may not see answers NOT_FOUND, exactly like a missing id; changing
 * something you may see but not change answers FORBIDDEN.
 */
export * from "./rules/directory";
export * from "./rules/projects";
export * from "./rules/agreements-ip";
export * from "./rules/funds";
export * from "./rules/pilot";
