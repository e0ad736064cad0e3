/**
 * The IDE as a developer meets it, in headless Chromium that can reach 127.0.0.1 and nothing else:
 * it loads, runs a query with the prefilled development token and shows a subscription's event.
 * Every request the browser attempted is recorded; one to any other host fails the test.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ADMIN_EMAIL } from "../support/app";
import { createTask, partnerProject } from "../support/project-factories";
import { appPerFile } from "../support/suite";
import { waitUntil } from "../support/ws-client";

const t = appPerFile({ NODE_ENV: "development" });

let profile: string;
let browser: BrowserContext;
let page: Page;
/** Every URL the browser tried to reach outside 127.0.0.1 (each was aborted). */
const outside: string[] = [];
const websockets: string[] = [];

const LOOPBACK = "127.0.0.1";
const base = () => `http://${LOOPBACK}:${t.app.server.port}`;

beforeAll(async () => {
  profile = await mkdtemp(path.join(tmpdir(), "alliance-hub-chromium-"));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    chromiumSandbox: false,
    args: [
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE ${LOOPBACK}`,
    ],
  });
  await browser.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === LOOPBACK) return route.continue();
    outside.push(url.href);
    return route.abort("internetdisconnected");
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on("websocket", (ws) => websockets.push(ws.url()));
  await page.goto(`${base()}/graphql`);
  // Ready once the editor shows the example operations the server prefilled.
  await page.locator(".graphiql-query-editor").getByText("mutation Login").waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

afterEach(() => {
  expect(outside).toEqual([]);
});

/** Replaces the operation editor's text, as typing would. */
async function setOperation(text: string): Promise<void> {
  const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
  // GraphiQL takes an edit after a debounce (and then stores it): run before that, and the execute
  // button acts on the previous document.
  await page.waitForFunction(`localStorage.getItem("graphiql:query") === ${JSON.stringify(text)}`, undefined, { timeout: 30_000 });
}

async function run(): Promise<void> {
  await page.locator(".graphiql-execute-button").click();
}

/** The text of the result pane (a read-only editor: spaces come out as no-break spaces). */
async function result(): Promise<string> {
  const text = await page.locator(".result-window").innerText();
  return text.replace(/\u00a0/g, " ");
}

async function waitForResult(expected: string): Promise<string> {
  let last = "";
  await waitUntil(
    async () => (last = await result()).includes(expected),
    `the result pane to show ${expected} (it shows: ${last})`,
    30_000,
  );
  return last;
}

it("loads from this server alone and runs a query as the prefilled development login", async () => {
  await setOperation("query Me { me { email } }");
  await run();
  await waitForResult(ADMIN_EMAIL);
});

it("runs a subscription over graphql-ws on the same port and shows its events", async () => {
  const w = await partnerProject(t.url, t.admin);
  const before = t.app.events.subscriberCount;
  await setOperation(`subscription Activity { projectActivity(projectId: "${w.projectId}") { topic subject { ... on Task { title } } } }`);
  await run();
  await waitUntil(() => t.app.events.subscriberCount > before, "the IDE's subscription to be registered", 30_000);
  const task = await createTask(t.url, w.lead.admin.token, w.projectId);
  await waitForResult(task.title);
  expect(websockets).toEqual([`ws://${LOOPBACK}:${t.app.server.port}/graphql`]);
  await run(); // the same button stops the subscription
});
