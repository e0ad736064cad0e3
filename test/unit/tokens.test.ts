import { randomUUID } from "node:crypto";
import jwt from "jsonwebtoken";
import { issueToken, verifyToken } from "../../src/auth/tokens";
import { AppError } from "../../src/errors";

const config = { jwtSecret: "a-secret-of-enough-length-for-hs256-tests", tokenTtlSeconds: 60 };

function refusal(token: string): string {
  try {
    verifyToken(config, token);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error("the token was accepted");
}

describe("verifyToken", () => {
  afterEach(() => jest.useRealTimers());

  it("refuses a token it verified before once that token has expired", () => {
    jest.useFakeTimers({ now: new Date("2026-12-07T10:00:00Z") });
    const user = randomUUID();
    const token = issueToken(config, user);
    expect(verifyToken(config, token)).toBe(user);
    // Remembered from the first check, it is still refused from the second its `exp` names on.
    jest.setSystemTime(new Date("2026-12-07T10:00:59Z"));
    expect(verifyToken(config, token)).toBe(user);
    jest.setSystemTime(new Date("2026-12-07T10:01:00Z"));
    expect(refusal(token)).toMatch(/expired/);
    expect(refusal(token)).toMatch(/expired/);
  });

  it("never takes a token signed with another secret for one it verified", () => {
    const user = randomUUID();
    const token = issueToken(config, user);
    expect(verifyToken(config, token)).toBe(user);
    expect(() => verifyToken({ ...config, jwtSecret: "another-secret-of-enough-length-for-hs256" }, token)).toThrow(/not valid/);
    const [header, payload] = token.split(".");
    expect(refusal(`${header}.${payload}.${"A".repeat(43)}`)).toMatch(/not valid/);
  });

  it("refuses a token whose subject is not a user key, however often it is sent", () => {
    const token = jwt.sign({}, config.jwtSecret, { algorithm: "HS256", subject: "admin", issuer: "alliance-hub", expiresIn: 60 });
    expect(refusal(token)).toMatch(/not valid/);
    expect(refusal(token)).toMatch(/not valid/);
  });
});
