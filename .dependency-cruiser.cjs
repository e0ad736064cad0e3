/**
 * The layers of Alliance Hub, bottom to top, and the one direction imports may take: a module
 * imports from its own layer or from layers below it, never from a layer above. Type-only imports
 * count too (a type is as much a dependency of the design as a value). `npm run lint:deps` fails
 * on any violation.
 *
 * Layers are matched by path, in order; a module belongs to the first layer whose `path` it
 * matches (so the exceptions placed in a lower layer come before their directory's rule).
 */

/** @type {{ name: string, comment: string, path: string[] }[]} */
const layers = [
  {
    name: "foundation",
    comment:
      "Errors and their codes, validated config, logging, the clock, metrics, money, validation rules, and the " +
      "GraphQL building blocks the entities are declared with (scalars, Node, global ids). Depends on npm packages only. src/db/constraint-messages.ts is here, not in db: it is the " +
      "table of constraint names (a fact of the schema, so kept beside it) that src/errors.ts maps database " +
      "errors with, and it imports nothing. src/export/formula.ts likewise: the CSV formula rule every CSV writer " +
      "applies, the export handler's and the period report's, importing nothing.",
    path: [
      "^src/(errors|config|logger|clock|metrics)\\.ts$",
      "^src/(money|validation)/",
      "^src/graphql/(decimal|date-only|global-id|node|scalars)\\.ts$",
      "^src/db/constraint-messages\\.ts$",
      "^src/export/formula\\.ts$",
    ],
  },
  {
    name: "migrations",
    comment: "Schema changes, generated and reviewed: plain SQL, importing nothing of the application (rule migrations-stand-alone).",
    path: ["^migrations/"],
  },
  {
    name: "entities",
    comment: "The data model (TypeORM + type-graphql classes): foundation only, never a service or a resolver.",
    path: ["^entities/"],
  },
  {
    name: "reports",
    comment:
      "The period report's frozen snapshot (src/reports/period-report.ts) and its CSV and PDF renderings: pure " +
      "functions of the snapshot over the entities' enums, with no database, so every layer above may compile or render one.",
    path: ["^src/reports/"],
  },
  {
    name: "db",
    comment:
      "PostgreSQL: the data source (it lists the entities and migrations), row reading, SQL building, " +
      "`inTransaction` and `Tx`, and the outbox writer they call at the end of every transaction (src/db/outbox.ts). " +
      "Knows nothing of GraphQL (rule db-not-graphql).",
    path: ["^src/db/"],
  },
  {
    name: "api shapes",
    comment:
      "The GraphQL input and page types every list shares (per-field filters, connections, orders), over the " +
      "keyset's plain values (page sizes, sort directions) from src/db.",
    path: ["^src/graphql/(filters|connection|order)\\.ts$"],
  },
  {
    name: "outbox reader",
    comment:
      "src/events/dispatcher.ts, the LISTEN side of the outbox: it reads events back from the database and hands " +
      "them to the process's streams. Below the context, whose `events` it is; the streams that need contexts are " +
      "in the events layer further up.",
    path: ["^src/events/dispatcher\\.ts$"],
  },
  {
    name: "auth",
    comment: "Tokens, passwords, the viewer, Access and the permission rules (DESIGN.md §3) as SQL predicates and checks.",
    path: ["^src/auth/"],
  },
  {
    name: "loaders",
    comment: "Per-context DataLoaders, made on first read, and the reads the contexts of one moment share.",
    path: ["^src/loaders/"],
  },
  {
    name: "collections",
    comment:
      "One descriptor per collection (src/collections): its filter input, order, keyset pages, CSV columns and " +
      "aggregate, derived from one list of fields; the filter → SQL translation; the visibility rules it applies come from auth.",
    path: ["^src/collections/"],
  },
  {
    name: "operation context",
    comment:
      "src/operation-context.ts: the Context interface every layer above works with, requireAccess, clockOf and " +
      "`write` (every service write, and what it does to the context's caches). Building contexts " +
      "(authenticating) is src/context.ts, at the top.",
    path: ["^src/operation-context\\.ts$"],
  },
  {
    name: "events",
    comment:
      "Subscription streams over the outbox and the topics. A stream is handed the subscription's context and " +
      "makes each event's context from it (`ctx.withReads`), so it never imports the context factory.",
    path: ["^src/events/"],
  },
  {
    name: "services",
    comment:
      "Rules, permissions and transactions per aggregate, shared by HTTP, WebSocket, the demo and tests; they " +
      "receive a Context and never build one. src/services/node-types.ts, the registry of node types, imports " +
      "the others.",
    path: ["^src/services/"],
  },
  {
    name: "export",
    comment: "CSV exports: the collections (over the services' filter specs) and the HTTP handler, which receives its context factory.",
    path: ["^src/export/"],
  },
  {
    name: "top",
    comment:
      "Composition: the context factory (src/context.ts), the GraphQL server wiring (schema, limits, operation " +
      "plugin, shared subscription execution, argument validation), the resolvers, HTTP and WebSocket, the app, " +
      "main, the CLI, the demo data and ormconfig.ts. Nothing below imports any of it.",
    path: [
      "^src/(context|schema|schema-sdl|server|app|main)\\.ts$",
      "^src/graphql/",
      "^src/(cli|demo)/",
      "^resolvers/",
      "^ormconfig\\.ts$",
    ],
  },
];

/** `layers[i]`'s own paths, without those of the layers before it (a module belongs to the first match). */
const own = (i) => ({ path: layers[i].path, pathNot: layers.slice(0, i).flatMap((l) => l.path) });

const upward = layers.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.name.replace(/ /g, "-")}`,
  comment: `${layer.comment} May import: ${layers
    .slice(0, i + 1)
    .map((l) => l.name)
    .join(", ")}.`,
  severity: "error",
  from: own(i),
  to: { path: layers.slice(i + 1).flatMap((l) => l.path), pathNot: layers.slice(0, i + 1).flatMap((l) => l.path) },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: "in-a-layer",
      comment: "Every module of the application belongs to a layer: place a new file in one (see `layers` above).",
      severity: "error",
      from: { path: "^(src|entities|resolvers|migrations)/", pathNot: layers.flatMap((l) => l.path) },
      to: {},
    },
    {
      name: "db-not-graphql",
      comment:
        "SQL and transactions know nothing of the GraphQL API: page and filter shapes reach src/db as plain values, " +
        "never as src/graphql types (not even the foundation ones the entities use).",
      severity: "error",
      from: { path: "^src/db/" },
      to: { path: "^src/graphql/" },
    },
    {
      name: "migrations-stand-alone",
      comment: "A migration is frozen SQL: it must not change when the application's code does.",
      severity: "error",
      from: { path: "^migrations/" },
      to: { path: "^(src|entities|resolvers)/" },
    },
    {
      name: "no-circular",
      comment: "No import cycles, within a layer or across layers.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-test",
      comment:
        "The application never imports the tests, the benchmarks or the client kit (client/ is generated from " +
        "schema.graphql for front-ends; the server reads its manifest only as a file named by TRUSTED_DOCUMENTS).",
      severity: "error",
      from: { path: "^(src|entities|resolvers|migrations)/" },
      to: { path: "^(test|bench|client)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
