import jwt from "jsonwebtoken";
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from "../support/app";
import { gql, ok, failure } from "../support/client";
import { adminToken, createOrgWithAdmin, createUser } from "../support/factories";
import { appPerFile } from "../support/suite";
import { connect, subscribe, waitUntil } from "../support/ws-client";

const t = appPerFile();

describe("login and me", () => {
  it("logs the bootstrap admin in and answers me", async () => {
    const me = ok(await gql(t.url, `{ me { id email platformRole organization { id } } }`, {}, t.admin));
    expect(me.me).toMatchObject({ email: ADMIN_EMAIL, platformRole: "ADMIN", organization: null });
    expect(Buffer.from(me.me.id, "base64url").toString()).toMatch(/^User:[0-9a-f-]{36}$/);
  });

  it("treats the email case-insensitively", async () => {
    const org = await createOrgWithAdmin(t.url, t.admin);
    const login = await gql(t.url, `mutation($e: String!) { login(email: $e, password: "correct horse battery") { user { id } } }`, {
      e: org.admin.email.toUpperCase(),
    });
    expect(ok(login).login.user.id).toBe(org.admin.id);
  });

  it("rejects a wrong password with UNAUTHENTICATED and the same message as an unknown email", async () => {
    const wrong = failure(await gql(t.url, `mutation { login(email: "${ADMIN_EMAIL}", password: "nope-nope-nope") { token } }`));
    const unknown = failure(await gql(t.url, `mutation { login(email: "nobody@example.com", password: "nope-nope-nope") { token } }`));
    expect(wrong.extensions?.code).toBe("UNAUTHENTICATED");
    expect(unknown.message).toBe(wrong.message);
  });

  it("answers UNAUTHENTICATED without a token, with a forged token and with an expired one", async () => {
    expect(failure(await gql(t.url, `{ me { id } }`)).extensions?.code).toBe("UNAUTHENTICATED");
    expect(failure(await gql(t.url, `{ me { id } }`, {}, "not-a-jwt")).extensions?.code).toBe("UNAUTHENTICATED");
    const payload = JSON.parse(Buffer.from(t.admin.split(".")[1], "base64url").toString()) as { sub: string };
    const forged = jwt.sign({}, "another-secret-of-sufficient-length!!", { subject: payload.sub, issuer: "alliance-hub" });
    expect(failure(await gql(t.url, `{ me { id } }`, {}, forged)).extensions?.code).toBe("UNAUTHENTICATED");
    const expired = jwt.sign({ exp: Math.floor(Date.now() / 1000) - 60 }, t.app.config.jwtSecret, {
      subject: payload.sub,
      issuer: "alliance-hub",
    });
    const error = failure(await gql(t.url, `{ me { id } }`, {}, expired));
    expect(error.extensions?.code).toBe("UNAUTHENTICATED");
    expect(error.message).toMatch(/expired/);
  });

  it("still lets a client with a stale token log in again", async () => {
    const data = ok(await gql(t.url, `mutation { login(email: "${ADMIN_EMAIL}", password: "admin-password") { token } }`, {}, "stale"));
    expect(data.login.token).toEqual(expect.any(String));
  });
});

describe("users", () => {
  it("lets an ORG_ADMIN create users of their own organization only", async () => {
    const a = await createOrgWithAdmin(t.url, t.admin);
    const b = await createOrgWithAdmin(t.url, t.admin);
    const colleague = await createUser(t.url, a.admin.token, a.id);
    expect(colleague.id).toEqual(expect.any(String));
    const foreign = await gql(
      t.url,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email: "x-foreign@example.com", name: "X", password: "long enough password", organizationId: b.id } },
      a.admin.token,
    );
    expect(failure(foreign).extensions?.code).toBe("FORBIDDEN");
    const plainMember = await gql(
      t.url,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email: "x-member@example.com", name: "X", password: "long enough password", organizationId: a.id } },
      colleague.token,
    );
    expect(failure(plainMember).extensions?.code).toBe("FORBIDDEN");
  });

  it("rejects a duplicate email regardless of case, a short password and an over-long name, writing nothing", async () => {
    const org = await createOrgWithAdmin(t.url, t.admin);
    const create = (input: Record<string, unknown>) =>
      gql(
        t.url,
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        {
          input: { name: "N", password: "long enough password", organizationId: org.id, ...input },
        },
        t.admin,
      );
    const duplicate = failure(await create({ email: org.admin.email.toUpperCase() }));
    expect(duplicate.extensions).toMatchObject({ code: "CONFLICT", field: "email" });
    const short = failure(await create({ email: "short-pw@example.com", password: "short" }));
    expect(short.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
    const long = failure(await create({ email: "long-name@example.com", name: "x".repeat(101) }));
    expect(long.extensions?.code).toBe("BAD_USER_INPUT");
    expect(long.extensions?.fields).toContain("name");
    const invalidEmail = failure(await create({ email: "not an email" }));
    expect(invalidEmail.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "email" });
    const users = ok(await gql(t.url, `query($id: ID!) { organization(id: $id) { users { totalCount } } }`, { id: org.id }, t.admin));
    expect(users.organization.users.totalCount).toBe(1);
  });

  it("rejects an organization id of the wrong type as BAD_USER_INPUT naming the field", async () => {
    const me = ok(await gql(t.url, `{ me { id } }`, {}, t.admin));
    const error = failure(
      await gql(
        t.url,
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        {
          input: { email: "wrong-type@example.com", name: "N", password: "long enough password", organizationId: me.me.id },
        },
        t.admin,
      ),
    );
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "organizationId" });
  });
});

describe("login throttle", () => {
  let throttled: TestApp;
  beforeAll(async () => {
    throttled = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: "3", LOGIN_MAX_FAILURES_PER_ADDRESS: "5" });
  });
  afterAll(() => throttled.stop());

  const login = (email: string, password: string) =>
    fetch(throttled.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        variables: { e: email, p: password },
      }),
    });
  const codeOf = async (response: Response) =>
    ((await response.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code;

  it("refuses an account after repeated failures, even the right password, with 429 and Retry-After; then the address", async () => {
    const org = await createOrgWithAdmin(throttled.url, await adminToken(throttled.url));
    for (let i = 0; i < 3; i++) expect(await codeOf(await login(org.admin.email, `wrong-${i}-password`))).toBe("UNAUTHENTICATED");
    const locked = await login(org.admin.email, "correct horse battery");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await codeOf(locked)).toBe("RATE_LIMITED");
    // Other accounts are still checked (not refused) until the address has failed 5 times in all.
    expect(await codeOf(await login(ADMIN_EMAIL, "correct horse battery"))).toBe("UNAUTHENTICATED");
    expect(await codeOf(await login("nobody@example.com", "guess-guess-guess"))).toBe("UNAUTHENTICATED");
    expect(await codeOf(await login(ADMIN_EMAIL, ADMIN_PASSWORD))).toBe("RATE_LIMITED");
  });

  it("counts sign-ins over graphql-ws against the client's address too", async () => {
    const strict = await startTestApp({ LOGIN_MAX_FAILURES_PER_ADDRESS: "2" });
    const ws = connect(strict.url);
    try {
      const attempt = (email: string) =>
        fetch(strict.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: `mutation { login(email: "${email}", password: "guess-guess-guess") { token } }` }),
        });
      await attempt("first@example.com");
      await attempt("second@example.com");
      const overSocket = subscribe(ws, `mutation { login(email: "third@example.com", password: "guess-guess-guess") { token } }`);
      await waitUntil(() => overSocket.done, "the WebSocket sign-in to answer");
      expect(overSocket.errors[0]?.extensions).toMatchObject({ code: "RATE_LIMITED" });
    } finally {
      await ws.dispose();
      await strict.stop();
    }
  });
});
