import { startTestApp, type TestApp } from "../support/app";

const base = (app: TestApp) => app.url.replace(/\/graphql$/, "");

describe("GET / outside production", () => {
  let dev: TestApp;
  beforeAll(async () => {
    dev = await startTestApp({ NODE_ENV: "development" });
  });
  afterAll(() => dev.stop());

  it("redirects to /graphql, where the sandbox answers a browser", async () => {
    const response = await fetch(`${base(dev)}/`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/graphql");
  });
});

describe("GET / in production", () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({ NODE_ENV: "production", JWT_SECRET: "p".repeat(40) });
  });
  afterAll(() => prod.stop());

  it("is not found", async () => {
    const response = await fetch(`${base(prod)}/`, { redirect: "manual" });
    expect(response.status).toBe(404);
  });
});
