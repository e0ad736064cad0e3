/**
 * Hostile input against a production-mode server: every value PostgreSQL would refuse, or that
 * would be stored wrong, is refused first as BAD_USER_INPUT naming its field, and writes nothing.
 */
import { parse } from "csv-parse/sync";
import jwt from "jsonwebtoken";
import { gql, type GraphQLResponse } from "../support/client";
import { createAllianceWithMembers, createOrganization, creditCode, login } from "../support/factories";
import { createProject, createTask } from "../support/project-factories";
import { exportCsv } from "../support/analytics-factories";
import { projectWithPlan, recordRevenue } from "../support/funds-factories";
import { appPerFile } from "../support/suite";

const JWT_SECRET = "a-production-secret-of-at-least-32-bytes";
const t = appPerFile({ NODE_ENV: "production", JWT_SECRET });

function refused(response: GraphQLResponse, field: string) {
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
}

const organizationInput = (overrides: Record<string, unknown>) => ({
  name: "Hostile Input Co.",
  type: "ENTERPRISE",
  creditCode: creditCode(),
  legalRepresentative: "张三",
  region: "北京",
  ...overrides,
});

const createOrg = (input: Record<string, unknown>) =>
  gql(t.url, `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`, { input }, t.admin);

/** Organizations with the given credit code (unique): whether a refused input stored anything. */
const withCreditCode = async (code: string): Promise<number> =>
  (await gql(t.url, `query($c: String) { organizations(filter: { creditCode: { eq: $c } }) { totalCount } }`, { c: code }, t.admin)).data!
    .organizations.totalCount as number;

describe("text", () => {
  it.each([
    ["a NUL byte", { name: "Acme\u0000 Ltd" }, "name"],
    ["a lone surrogate", { name: "Acme \uD800 Ltd" }, "name"],
    ["a lone low surrogate", { region: "\uDC00" }, "region"],
    ["a whitespace-only name", { name: "   " }, "name"],
    ["a whitespace-only legal representative", { legalRepresentative: "\t \n" }, "legalRepresentative"],
    ["a zero-width-only region", { region: "\u200B\u200B" }, "region"],
  ])("refuses %s in a stored text, and stores nothing", async (_what, overrides, field) => {
    const input = organizationInput(overrides);
    refused(await createOrg(input), field);
    expect(await withCreditCode(input.creditCode)).toBe(0);
  });

  it("trims the text it stores", async () => {
    const created = await createOrg(organizationInput({ name: "  Trimmed Co.  " }));
    expect(created.data?.createOrganization.name).toBe("Trimmed Co.");
  });

  it("keeps right-to-left and zero-width characters inside a text", async () => {
    const name = "شركة \u200Fmixed\u200B Co.";
    expect((await createOrg(organizationInput({ name }))).data?.createOrganization.name).toBe(name);
  });

  it("refuses whitespace-only titles of alliances, projects, tasks and milestones", async () => {
    const { allianceId, members } = await createAllianceWithMembers(t.url, t.admin, 1);
    const token = members[0].admin.token;
    refused(
      await gql(
        t.url,
        `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`,
        { input: { name: " ", field: "Batteries", scope: "NATIONAL", region: "北京" } },
        t.admin,
      ),
      "name",
    );
    refused(
      await gql(
        t.url,
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
        { input: { allianceId, code: "  ", title: "Electrolyte" } },
        token,
      ),
      "code",
    );
    const project = await createProject(t.url, token, allianceId);
    refused(
      await gql(
        t.url,
        `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
        { input: { projectId: project.id, title: "  " } },
        token,
      ),
      "title",
    );
    refused(
      await gql(
        t.url,
        `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
        { input: { projectId: project.id, title: "\u3000", dueDate: "2027-01-01" } },
        token,
      ),
      "title",
    );
  });

  it("refuses a NUL byte in a filter, in GraphQL and in a CSV export", async () => {
    refused(
      await gql(
        t.url,
        `query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }`,
        { f: { name: { contains: "a\u0000" } } },
        t.admin,
      ),
      "filter.name.contains",
    );
    const response = await exportCsv(t.url, t.admin, "organizations", { name: { eq: "\u0000" } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "filter.name.eq",
    });
  });

  it("refuses a password of spaces, and keeps a password's own spaces", async () => {
    const org = await createOrganization(t.url, t.admin);
    const createUser = (password: string) =>
      gql(
        t.url,
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { email: `${password.length}-${org.id.slice(-6)}@example.com`, name: "Spaced", password, organizationId: org.id } },
        t.admin,
      );
    refused(await createUser(" ".repeat(12)), "password");
    expect((await createUser(" spaced password ")).errors).toBeUndefined();
    expect(await login(t.url, `17-${org.id.slice(-6)}@example.com`, " spaced password ")).toEqual(expect.any(String));
  });
});

describe("dates, amounts, cursors and tokens", () => {
  it.each(["0000-01-01", "0000-12-31"])("refuses the date %s, which PostgreSQL cannot store", async (day) => {
    const { allianceId, members } = await createAllianceWithMembers(t.url, t.admin, 1);
    refused(
      await gql(
        t.url,
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
        { input: { allianceId, code: "P-0000", title: "Year zero", startDate: day } },
        members[0].admin.token,
      ),
      "startDate",
    );
  });

  it("refuses the timestamp of year zero in a filter", async () => {
    refused(
      await gql(
        t.url,
        `query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }`,
        { f: { createdAt: { gt: "0000-01-01T00:00:00Z" } } },
        t.admin,
      ),
      "createdAt.gt",
    );
  });

  it("takes a budget of -0.00 as zero", async () => {
    const { allianceId, members } = await createAllianceWithMembers(t.url, t.admin, 1);
    const created = await gql(
      t.url,
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { budget } }`,
      { input: { allianceId, code: "P-ZERO", title: "Zero", budget: "-0.00" } },
      members[0].admin.token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createProject.budget).toBe("0.00");
  });

  it.each([
    ["a key of the wrong type", ["not-a-timestamp", "00000000-0000-4000-8000-000000000000"]],
    ["a key that is not a row key", ["2026-01-01 00:00:00+00", "not-a-uuid"]],
    ["a NUL in a key", ["2026-01-01 00:00:00+00\u0000", "00000000-0000-4000-8000-000000000000"]],
  ])("refuses a forged cursor with %s", async (_what, values) => {
    const after = Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
    refused(
      await gql(
        t.url,
        `query($after: String) { organizations(first: 2, after: $after, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount } }`,
        { after },
        t.admin,
      ),
      "after",
    );
  });

  it("answers UNAUTHENTICATED to a validly signed token whose subject is not a user key", async () => {
    const token = jwt.sign({}, JWT_SECRET, { algorithm: "HS256", subject: "admin' OR 1=1 --", issuer: "alliance-hub", expiresIn: 60 });
    const response = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ me { id } }" }),
    });
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("arguments the fuzzer found", () => {
  it("refuses an orderBy naming a field twice (thousands of times made a statement PostgreSQL refuses)", async () => {
    const orderBy = Array.from({ length: 2_000 }, () => ({ field: "NAME", direction: "ASC" }));
    refused(
      await gql(t.url, `query($o: [OrganizationOrder!]) { organizations(orderBy: $o) { totalCount } }`, { o: orderBy }, t.admin),
      "orderBy",
    );
  });

  it("answers bad input, not an internal error, when graphql-js gives up on too many invalid variables", async () => {
    const f = { or: Array.from({ length: 60 }, () => ({ createdAt: { eq: "0000-12-31T00:00:00Z" } })) };
    const response = await gql(t.url, `query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }`, { f }, t.admin);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(response.errors?.map(() => "BAD_USER_INPUT"));
    expect(response.errors?.[0]?.extensions?.field).toBe("or[0].createdAt.eq");
  });

  it("refuses an explicit null for a value the row cannot lack, naming the field", async () => {
    const { allianceId, members } = await createAllianceWithMembers(t.url, t.admin, 1);
    const token = members[0].admin.token;
    const project = await createProject(t.url, token, allianceId);
    const task = await createTask(t.url, token, project.id);
    refused(
      await gql(
        t.url,
        `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }`,
        { input: { taskId: task.id, version: task.version, status: null } },
        token,
      ),
      "status",
    );
  });
});

describe("CSV cells", () => {
  it("neutralizes text cells a spreadsheet would run as a formula", async () => {
    const { allianceId, members } = await createAllianceWithMembers(t.url, t.admin, 1);
    const token = members[0].admin.token;
    const project = await createProject(t.url, token, allianceId);
    // Tabs and carriage returns lead no stored text (it is trimmed); the writer quotes them all the same.
    const titles = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "Plain"];
    for (const title of titles) await createTask(t.url, token, project.id, { title });
    const tasks = await exportCsv(t.url, token, "tasks", { projectId: { eq: project.id } });
    const rows = csvRows(await tasks.arrayBuffer());
    expect(rows.map((r) => r.title).sort()).toEqual(titles.map((title) => (title === "Plain" ? title : `'${title}`)).sort());
  });

  it("leaves negative amounts in decimal columns as numbers", async () => {
    const world = await projectWithPlan(t.url, t.admin, [10000]);
    for (const [amount, key] of [
      ["100.00", "in"],
      ["-12.50", "correction"],
    ]) {
      const recorded = await recordRevenue(t.url, world.secretariat.token, {
        projectId: world.projectId,
        kind: "LICENSE_ROYALTY",
        amount,
        receivedOn: "2026-03-01",
        idempotencyKey: `${key}-${world.projectId}`,
      });
      expect(recorded.errors).toBeUndefined();
    }
    const events = await exportCsv(t.url, world.secretariat.token, "revenueEvents", { projectId: { eq: world.projectId } });
    expect(
      csvRows(await events.arrayBuffer())
        .map((r) => r.amount)
        .sort(),
    ).toEqual(["-12.50", "100.00"]);
  });
});

describe("node ids", () => {
  it("resolves benefit shares and audit entries for those who may see them", async () => {
    const world = await projectWithPlan(t.url, t.admin, [6000, 4000]);
    const secretariat = world.secretariat.token;
    const plans = await gql(
      t.url,
      `query($p: ID!) { benefitPlans(filter: { projectId: { eq: $p } }) { edges { node { shares { id basisPoints } } } } }`,
      { p: world.projectId },
      secretariat,
    );
    const share = plans.data!.benefitPlans.edges[0].node.shares[0] as { id: string; basisPoints: number };
    const audit = await gql(
      t.url,
      `query($a: ID!) { auditEntries(first: 1, filter: { allianceId: { eq: $a } }) { edges { node { id action } } } }`,
      { a: world.allianceId },
      secretariat,
    );
    const entry = audit.data!.auditEntries.edges[0].node as { id: string; action: string };
    const read = await gql(
      t.url,
      `query($s: ID!, $e: ID!) {
        share: node(id: $s) { ... on BenefitShare { id basisPoints } }
        entry: node(id: $e) { ... on AuditEntry { id action } }
      }`,
      { s: share.id, e: entry.id },
      secretariat,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ share, entry });
    const outsider = await createAllianceWithMembers(t.url, t.admin, 1);
    const hidden = await gql(t.url, `query($s: ID!) { node(id: $s) { id } }`, { s: share.id }, outsider.members[0].admin.token);
    expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

function csvRows(body: ArrayBuffer): Record<string, string>[] {
  return parse<Record<string, string>>(Buffer.from(body), { bom: true, columns: true, record_delimiter: "\r\n" });
}
