import { Client } from "pg";
import { testDatabaseUrl } from "../support/app";
import { createWorld, type World } from "../support/ip-factories";
import { exportCsv } from "../support/analytics-factories";
import { appPerFile } from "../support/suite";
import { startTestApp, type TestApp } from "../support/app";
import { waitUntil } from "../support/ws-client";

const t = appPerFile();

const ROWS = 100_000;

/** Seeds audit entries straight in SQL: a realistic API seed of this size would take many minutes. */
async function seedAuditEntries(allianceId: string, actorId: string): Promise<void> {
  const db = new Client({ connectionString: testDatabaseUrl() });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, alliance_id, changes, created_at)
       SELECT $2::uuid, 'bulkAction', 'Membership', gen_random_uuid(), $1::uuid,
              jsonb_build_object('n', g, 'note', repeat('批量, "导入" ', 60)),
              timestamptz '2026-01-01 00:00:00+00' + g * interval '1 second'
         FROM generate_series(1, ${ROWS}) AS g`,
      [allianceId, actorId],
    );
  } finally {
    await db.end();
  }
}

let world: World;
beforeAll(async () => {
  world = await createWorld(t.url, t.admin, 2);
  const secretariatId = Buffer.from(world.secretariat.id, "base64url").toString("utf8").split(":")[1];
  const allianceKey = Buffer.from(world.allianceId, "base64url").toString("utf8").split(":")[1];
  await seedAuditEntries(allianceKey, secretariatId);
}, 120_000);

it("streams a 100,000-row export with memory bounded well below the size of the CSV", async () => {
  // The server runs in this process: sample its heap and RSS while the client reads slowly enough
  // for back-pressure to matter, counting bytes and lines without keeping them.
  const baseline = process.memoryUsage();
  let peakHeap = baseline.heapUsed;
  let peakRss = baseline.rss;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  }, 20);

  const response = await exportCsv(t.url, world.secretariat.token, "auditEntries", {
    allianceId: { eq: world.allianceId },
    action: { eq: "bulkAction" },
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  let bytes = 0;
  let lineEnds = 0;
  let tail = "";
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    const text = tail + decoder.decode(value, { stream: true });
    lineEnds += text.split('"\r\n').length - 1;
    tail = text.slice(-2);
  }
  clearInterval(sampler);

  // Every data row ends with its quoted JSON `changes` field; the header row does not.
  expect(lineEnds).toBe(ROWS);
  expect(bytes).toBeGreaterThan(80 * 1024 * 1024);
  const heapGrowth = peakHeap - baseline.heapUsed;
  const rssGrowth = peakRss - baseline.rss;
  // Holding the export in memory would take at least the whole CSV as one string plus the rows it
  // came from; streaming stays well below that. The peak includes garbage not yet collected (the
  // client reads in this same process), so the bound is the CSV's size, not a fraction tuned to GC.
  expect(heapGrowth).toBeLessThan(bytes);
  expect(rssGrowth).toBeLessThan(bytes);

  // A client that walks away mid-download gives its database connection (and its organization's
  // export slot) back: its organization's next export runs.
  const small = () =>
    exportCsv(t.url, world.secretariat.token, "auditEntries", { allianceId: { eq: world.allianceId }, action: { ne: "bulkAction" } });
  // (A download's last byte can reach the client just before the server releases its slot.)
  const once200 = async (request: () => Promise<Response>) => {
    let response: Response | undefined;
    await waitUntil(async () => (response = await request()).status === 200, "a free export slot", 5000);
    return response!;
  };
  for (let i = 0; i < 3; i++) {
    const controller = new AbortController();
    const partial = await once200(() =>
      fetch(`${t.url.replace(/\/graphql$/, "")}/export/auditEntries.csv`, {
        headers: { authorization: `Bearer ${world.secretariat.token}` },
        signal: controller.signal,
      }),
    );
    expect((await partial.body!.getReader().read()).done).toBe(false);
    controller.abort();
    expect((await (await once200(small)).text()).split("\r\n").length).toBeGreaterThan(2);
  }
}, 180_000);

describe("export limits", () => {
  let limited: TestApp | undefined;
  afterEach(() => limited?.stop());

  const exportAudit = (app: TestApp, token: string) =>
    fetch(`${app.url.replace(/\/graphql$/, "")}/export/auditEntries.csv`, { headers: { authorization: `Bearer ${token}` } });
  /** Transactions open on the test database other than the asking one. */
  const openTransactions = async (app: TestApp) =>
    Number(
      (
        await app.app.deps.db.query(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`,
        )
      )[0].n,
    );

  it("gives each organization its own slot, and aborts an export whose client stops reading", async () => {
    limited = await startTestApp({ EXPORT_SLOTS_PER_ORGANIZATION: "1", EXPORT_IDLE_TIMEOUT_MS: "1000" });
    const app = limited;
    const stalled = await exportAudit(app, world.secretariat.token);
    expect(stalled.status).toBe(200);
    const stalledReader = stalled.body!.getReader();
    expect((await stalledReader.read()).done).toBe(false);
    // ... and reads no more. The same organization's next export waits for it; another's does not.
    const second = await exportAudit(app, world.secretariat.token);
    expect(second.status).toBe(429);
    expect(((await second.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("RATE_LIMITED");
    const other = await exportAudit(app, world.members[1].admin.token);
    expect(other.status).toBe(200);
    await other.text();

    // After the idle timeout the stalled export is cut off, its transaction rolled back and its slot free.
    await waitUntil(async () => (await openTransactions(app)) === 0, "the stalled export's transaction to end", 5000);
    const again = await exportAudit(app, world.secretariat.token);
    expect(again.status).toBe(200);
    await again.body!.cancel();
    await expect(
      (async () => {
        for (;;) if ((await stalledReader.read()).done) return "complete";
      })(),
    ).rejects.toThrow();
  }, 60_000);

  it("bounds how long an export stays open, however steadily its client reads", async () => {
    limited = await startTestApp({ EXPORT_MAX_DURATION_MS: "3000", EXPORT_IDLE_TIMEOUT_MS: "1000" });
    const app = limited;
    const started = Date.now();
    const outcome = await (async () => {
      try {
        const reader = (await exportAudit(app, world.secretariat.token)).body!.getReader();
        for (;;) {
          if ((await reader.read()).done) return "complete";
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      } catch {
        return "cut off";
      }
    })();
    // Read in full at this pace, the CSV would take minutes; cut off, it ends within seconds
    // (generous for a loaded machine: the sort before the first row counts too).
    expect(outcome).toBe("cut off");
    expect(Date.now() - started).toBeLessThan(30_000);
    await waitUntil(async () => (await openTransactions(app)) === 0, "the export's transaction to end", 5000);
  }, 60_000);
});
