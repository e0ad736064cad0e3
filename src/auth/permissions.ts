/**
 * Who may see and do what (DESIGN.md §3), in one place.
 *
 * Seeing: every rule is written once, as SQL (./visibility.ts). Lists, counts, aggregates and
 * exports put it in their WHERE clause (`visibleXSql`); a read by id asks the same rule of that
 * row (`access.sees(rule, id)`, `access.visible(rule, id, loader)`). Reading something you may not
 * see answers NOT_FOUND, exactly like a missing id.
 *
 * Changing: checks over the viewer's standing (./rules/*), asked of rows the viewer sees; a change
 * of something you may see but not change answers FORBIDDEN.
 */
export * from "./visibility-sql";
export * from "./rules/directory";
export * from "./rules/projects";
export * from "./rules/agreements-ip";
export * from "./rules/funds";
export * from "./rules/work-plan";
export * from "./rules/pilot";
