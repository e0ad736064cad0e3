/**
 * `npm run db:migrate` applies pending migrations; `npm run db:revert` undoes the last one;
 * `npm run db:generate -- <name>` writes a migration with the SQL that brings the database
 * (migrated to date) in line with the entities, for review before it is committed.
 * Works on DATABASE_URL or, without it, on the embedded cluster.
 */
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pendingSchemaChanges } from "../db/schema-drift";
import { loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { logger } from "../logger";

function migrationSource(className: string, up: string[], down: string[]): string {
  const statements = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join("\n");
  return `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  public async up(queryRunner: QueryRunner): Promise<void> {
${statements(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${statements(down)}
  }
}
`;
}

async function run(command: string | undefined, name: string | undefined): Promise<void> {
  const config = loadConfig();
  logger.setLevel(config.logLevel);
  const database = await openDatabase(config); // applies pending migrations
  try {
    if (command === "up") {
      process.stdout.write("Migrations are up to date.\n");
    } else if (command === "down") {
      await database.dataSource.undoLastMigration({ transaction: "each" });
      process.stdout.write("Reverted the last migration.\n");
    } else if (command === "generate") {
      if (!name || !/^[a-z0-9-]+$/.test(name)) throw new Error("usage: npm run db:generate -- <kebab-case-name>");
      const { up, down } = await pendingSchemaChanges(database.dataSource);
      if (up.length === 0) {
        process.stdout.write("The entities and the migrations agree; nothing to generate.\n");
        return;
      }
      const timestamp = Date.now();
      const className = `${name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())}${timestamp}`;
      const file = path.resolve("migrations", `${timestamp}-${name}.ts`);
      writeFileSync(file, migrationSource(className, up, down));
      process.stdout.write(`Wrote ${file}: review it, then add ${className} to migrations/index.ts.\n`);
    } else {
      throw new Error("usage: migrate up | down | generate <name>");
    }
  } finally {
    await database.close();
  }
}

run(process.argv[2], process.argv[3]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
