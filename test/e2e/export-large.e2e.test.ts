import { Client } from "pg";
import { testDatabaseUrl } from "../support/app";
import { createWorld } from "../support/ip-factories";
import { exportCsv } from "../support/analytics-factories";
import { appPerFile } from "../support/suite";

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

it("streams a 100,000-row export with memory bounded well below the size of the CSV", async () => {
  const world = await createWorld(t.url, t.admin, 2);
  const secretariatId = Buffer.from(world.secretariat.id, "base64url").toString("utf8").split(":")[1];
  const allianceKey = Buffer.from(world.allianceId, "base64url").toString("utf8").split(":")[1];
  await seedAuditEntries(allianceKey, secretariatId);

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

  // A client that walks away mid-download gives its database connection back: exports go on
  // working afterwards (each holds a connection, at most two at once).
  for (let i = 0; i < 3; i++) {
    const controller = new AbortController();
    const partial = await fetch(`${t.url.replace(/\/graphql$/, "")}/export/auditEntries.csv`, {
      headers: { authorization: `Bearer ${world.secretariat.token}` },
      signal: controller.signal,
    });
    const partialReader = partial.body!.getReader();
    expect((await partialReader.read()).done).toBe(false);
    controller.abort();
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (let i = 0; i < 3; i++) {
    const small = await exportCsv(t.url, world.secretariat.token, "auditEntries", {
      allianceId: { eq: world.allianceId },
      action: { ne: "bulkAction" },
    });
    expect(small.status).toBe(200);
    expect((await small.text()).split("\r\n").length).toBeGreaterThan(2);
  }
}, 180_000);
