import { ConfigError, loadConfig } from "../../src/config";

describe("configuration", () => {
  it("has working defaults outside production", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      bootstrapAdminEmail: "admin@alliance.local",
      bootstrapAdminPassword: "admin-password",
      logLevel: "info",
      demoData: false,
      introspection: true,
      ide: true,
    });
  });

  it("requires a JWT secret of at least 32 bytes in production, and no default admin password", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow("JWT_SECRET is required when NODE_ENV=production");
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: "short" })).toThrow(/JWT_SECRET must be at least 32 bytes/);
    const config = loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(32) });
    expect(config.bootstrapAdminPassword).toBeUndefined();
    expect(config.introspection).toBe(false);
    expect(config.ide).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(32), IDE: "true" }).ide).toBe(true);
  });

  it.each([
    ["PORT", "eighty", /^PORT must be an integer/],
    ["DATABASE_URL", "mysql://x", /^DATABASE_URL must start with postgres/],
    ["DATABASE_READ_URL", "replica", /^DATABASE_READ_URL is not a URL/],
    ["DATABASE_DIRECT_URL", "postgres://db/app", /^DATABASE_DIRECT_URL needs DATABASE_URL/],
    ["LOG_LEVEL", "chatty", /^LOG_LEVEL must be one of/],
    ["DEMO_DATA", "maybe", /^DEMO_DATA must be true or false/],
    ["IDE", "maybe", /^IDE must be true or false/],
    ["BOOTSTRAP_ADMIN_PASSWORD", "short", /^BOOTSTRAP_ADMIN_PASSWORD must be at least 8/],
  ])("names %s in one line when its value %s is bad", (name, value, message) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });
});
