import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * An entity from a row a statement returned (`RETURNING *`), hydrated column by column the way
 * a find hydrates it, so a write does not need a second statement to read back what it wrote.
 */
export function entityFromRow<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const metadata = manager.connection.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    const value = row[column.databaseName];
    if (value !== undefined) column.setEntityValue(entity, manager.connection.driver.prepareHydratedValue(value, column));
  }
  return entity;
}
