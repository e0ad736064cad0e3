/**
 * The in-browser IDE: Ruru (a GraphiQL distribution) at GET /graphql for a browser, in place of
 * Apollo's landing page. Its page, scripts, styles, fonts and editor workers all come from the
 * `ruru` package and are served by this process, so it works with no internet (Ruru's default is
 * to load them from a CDN).
 *
 * The Headers tab is sent with every HTTP request and, as the graphql-ws `connectionParams`, when
 * a subscription opens its socket; the prefilled key is `authorization`, which suits both (the
 * server also reads `Authorization` from connectionParams, which, unlike headers, keep their case).
 */
import path from "node:path";
import express, { type Request, type RequestHandler } from "express";
import { In, type DataSource } from "typeorm";
import { ruruHTML, type RuruClientConfig } from "ruru/server";
import { User } from "../../entities/user.entity";
import { issueToken, type TokenConfig } from "../auth/tokens";

/** Where the IDE's static files are served from (an absolute path: the editor workers need it). */
export const IDE_ASSETS_PATH = "/ide-assets/";

/** A sign-in the development IDE offers: the bootstrap administrator and the demo logins. */
export interface IdeLogin {
  email: string;
  password: string | undefined;
  role: string;
}

export interface IdeSettings {
  db: DataSource;
  tokens: TokenConfig;
  /** Development only: their tokens prefill the Headers tab and their passwords the `login` example. */
  logins: IdeLogin[];
}

/**
 * The IDE's static files: the package's `static/` folder as it is on disk. (`ruru/static` serves
 * the same files from a module it loads with a dynamic `import()`, which fails inside a VM context
 * such as jest's.)
 */
export const ideAssets = (): RequestHandler =>
  express.static(path.join(path.dirname(require.resolve("ruru")), "..", "static"), { index: false });

/**
 * The IDE page for a request that prefers HTML to JSON (what a browser's address bar sends),
 * as Apollo decides for its landing page; anything else goes on to the GraphQL endpoint.
 */
export function idePage(settings: IdeSettings): RequestHandler {
  return (req, res, next) => {
    res.vary("Accept");
    if (!prefersHtml(req)) return next();
    pageFor(settings).then((html) => res.type("html").send(html), next);
  };
}

function prefersHtml(req: Request): boolean {
  return req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
}

async function pageFor(settings: IdeSettings): Promise<string> {
  const tokens = await tokensOf(settings);
  return ruruHTML({
    endpoint: "/graphql",
    // Ruru derives ws(s)://<this host>/graphql from the endpoint: graphql-ws shares the HTTP port.
    staticPath: IDE_ASSETS_PATH,
    htmlParts: { titleTag: "<title>Alliance Hub — GraphQL IDE</title>" },
    clientConfig: {
      defaultQuery: exampleOperations(settings.logins),
      // `initial…` wins over what the browser kept: fresh tokens on every load.
      ...(tokens.length > 0 ? { initialHeaders: headersWith(tokens) } : { defaultHeaders: HEADERS_TEMPLATE }),
      // Ruru's props are typed through GraphiQL's React types, which this server does not install.
    } as RuruClientConfig,
  });
}

interface LoginToken extends IdeLogin {
  token: string;
}

/** A token per login whose user exists, made now (no password check: development only). */
async function tokensOf({ db, tokens, logins }: IdeSettings): Promise<LoginToken[]> {
  if (logins.length === 0) return [];
  // Addresses are stored lower-cased.
  const emails = logins.map((l) => l.email.toLowerCase());
  const users = await db.getRepository(User).find({ select: { id: true, email: true }, where: { email: In(emails) } });
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  return logins.flatMap((login, i) => {
    const id = idOf.get(emails[i]);
    return id === undefined ? [] : [{ ...login, token: issueToken(tokens, id) }];
  });
}

const HEADERS_TEMPLATE = `{
  // Run the Login operation and paste its token here (also used for subscriptions):
  // "authorization": "Bearer <token>"
}
`;

/** The first login is active; the others are commented out, ready to swap in. */
function headersWith(tokens: LoginToken[]): string {
  const lines = tokens.map((t, i) => {
    const header = `"authorization": "Bearer ${t.token}"`;
    return i === 0 ? `  // ${t.email} (${t.role})\n  ${header}` : `  // ${t.email} (${t.role})\n  // ${header}`;
  });
  return [
    "{",
    "  // Development: a token per login, made when the page loaded. Keep one authorization line",
    "  // uncommented: it goes with every request and, for subscriptions, as connectionParams.",
    ...lines,
    "}",
    "",
  ].join("\n");
}

function exampleOperations(logins: IdeLogin[]): string {
  const first = logins[0];
  const signIn = first
    ? `login(email: ${JSON.stringify(first.email)}, password: ${JSON.stringify(first.password ?? "")})`
    : `login(email: "you@example.org", password: "your password")`;
  const listed = logins.map((l) => `#   ${l.email} / ${l.password ?? "(as configured)"}  (${l.role})`);
  return [
    "# Alliance Hub — GraphQL IDE",
    "#",
    "# Sign in with the Login operation, then put its token in the Headers tab as",
    '#   { "authorization": "Bearer <token>" }',
    "# HTTP requests send it as a header; subscriptions (over graphql-ws, same URL) as connectionParams.",
    "",
    "mutation Login {",
    `  ${signIn} {`,
    "    token",
    "    user { email name }",
    "  }",
    "}",
    "",
    "query Me {",
    "  me { email name organization { name } }",
    "}",
    "",
    // Last, so that the operations stay in view however many demo users there are.
    ...(listed.length > 0 ? ["# Development logins (the Headers tab holds a token for each that exists):", ...listed, ""] : []),
  ].join("\n");
}
