/**
 * The client kit in client/ stays in step with schema.graphql: Relay's compiler accepts the Relay
 * operations and finds its checked-in artifacts current, GraphQL Code Generator writes exactly the
 * checked-in typed documents, possible types and trusted-documents manifest, and that manifest is
 * what TRUSTED_DOCUMENTS expects (sha256 of each text, each a valid operation).
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { buildSchema, parse, validate } from "graphql";

const ROOT = path.join(__dirname, "../..");

it("relay-compiler accepts the Relay operations and finds the checked-in artifacts current", async () => {
  const relay = path.join(ROOT, "node_modules/.bin/relay-compiler");
  const run = promisify(execFile)(relay, ["--validate", "--output", "quiet-with-errors"], { cwd: ROOT });
  // On failure the rejection carries the compiler's own report (errors, or the out-of-date artifacts).
  await expect(run.then(() => "ok")).resolves.toBe("ok");
}, 120_000);

it("GraphQL Code Generator writes exactly the checked-in files of client/generated/", async () => {
  const generated = path.join(ROOT, "client/generated");
  // The real config with its outputs moved to a temporary directory inside the repository (where the
  // config's imports resolve); the CLI runs as its own process, as `npx graphql-codegen` would.
  mkdirSync(path.join(ROOT, "dist"), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, "dist", "codegen-"));
  try {
    writeFileSync(
      path.join(dir, "codegen.ts"),
      [
        `import config from ${JSON.stringify(path.join(ROOT, "client/codegen"))};`,
        `const generates = Object.entries(config.generates).map(([out, target]) => [out.replace("client/generated", ${JSON.stringify(dir)}), target]);`,
        `export default { ...config, generates: Object.fromEntries(generates) };`,
      ].join("\n"),
    );
    const codegen = path.join(ROOT, "node_modules/.bin/graphql-codegen");
    await promisify(execFile)(codegen, ["--silent", "--config", path.join(dir, "codegen.ts")], { cwd: ROOT });
    const files = readdirSync(generated).sort();
    expect(
      readdirSync(dir)
        .filter((file) => file !== "codegen.ts")
        .sort(),
    ).toEqual(files);
    for (const file of files) {
      // Named, so that a failure says which file is stale: run `npx graphql-codegen --config client/codegen.ts`.
      expect({ file, content: readFileSync(path.join(dir, file), "utf8") }).toEqual({
        file,
        content: readFileSync(path.join(generated, file), "utf8"),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

it("the manifest keys each document by the sha256 of its text, and each is a valid operation", () => {
  const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, "client/generated/persisted-documents.json"), "utf8"));
  const schema = buildSchema(readFileSync(path.join(ROOT, "schema.graphql"), "utf8"));
  expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(10);
  for (const [id, text] of Object.entries(manifest)) {
    expect(id).toBe(`sha256:${createHash("sha256").update(text).digest("hex")}`);
    expect(validate(schema, parse(text)).map((error) => error.message)).toEqual([]);
  }
});
