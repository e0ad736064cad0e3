import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { SqlParams } from "../db/filter-sql";

/** `(alias, params) => SQL predicate` restricting rows to what the viewer may see. */
export type Scope = (alias: string, params: SqlParams) => string;

/**
 * Loads rows by key in one statement per tick; with a `scope`, rows the viewer may not see load
 * as undefined, exactly like missing ones.
 */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  entity: EntityTarget<T>,
  scope?: Scope,
): DataLoader<string, T | undefined> {
  return new DataLoader<string, T | undefined>(async (keys) => {
    const params = new SqlParams();
    const qb = db.getRepository(entity).createQueryBuilder("e").where("e.id IN (:...keys)", { keys });
    if (scope) qb.andWhere(scope("e", params), params.values);
    const rows = await qb.getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return keys.map((key) => byId.get(key));
  });
}

/** Loads, per parent key, the child rows whose `column` holds it (one statement per tick). */
export function childrenLoader<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  options: { scope?: Scope; orderBy?: string } = {},
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const params = new SqlParams();
    const qb = db.getRepository(entity).createQueryBuilder("e").where(`e.${column} IN (:...keys)`, { keys });
    if (options.scope) qb.andWhere(options.scope("e", params), params.values);
    if (options.orderBy) qb.orderBy(`e.${options.orderBy}`);
    const rows = await qb.getMany();
    const grouped = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) grouped.get(row[column] as string)?.push(row);
    return keys.map((key) => grouped.get(key) ?? []);
  });
}
