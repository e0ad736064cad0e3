/** `npm run schema:print`: writes the SDL of the API to schema.graphql (checked in). */
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { printSchemaSdl } from "../schema-sdl";

printSchemaSdl()
  .then((sdl) => {
    writeFileSync("schema.graphql", sdl);
    process.stdout.write("Wrote schema.graphql\n");
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
