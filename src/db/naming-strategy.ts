import { DefaultNamingStrategy, getMetadataArgsStorage, type NamingStrategyInterface } from "typeorm";

const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/** snake_case tables and columns, so hand-written SQL (aggregates, benchmarks) reads naturally. */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  tableName(className: string, customName: string | undefined): string {
    return customName ?? snake(className);
  }
  columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return customName ?? snake([...prefixes, propertyName].join("_"));
  }
  relationName(propertyName: string): string {
    return snake(propertyName);
  }
  joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }
  joinTableName(first: string, second: string, firstProperty: string): string {
    return snake(`${first}_${firstProperty.replace(/\./g, "_")}_${second}`);
  }
  joinTableColumnName(tableName: string, propertyName: string, columnName?: string): string {
    return snake(`${tableName}_${columnName ?? propertyName}`);
  }
}

const naming = new SnakeNamingStrategy();

/** The table of an entity class, quoted (some table names are reserved words, e.g. "user"). */
export function tableOf(entity: abstract new () => unknown): string {
  const table = getMetadataArgsStorage().tables.find((t) => t.target === entity);
  if (!table) throw new Error(`${entity.name} is not an entity`);
  return `"${table.name ?? naming.tableName(entity.name, undefined)}"`;
}
