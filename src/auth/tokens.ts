/** Bearer tokens: HS256 JWTs carrying only the user's key, so API processes stay stateless. */
import { createSecretKey, type KeyObject } from "node:crypto";
import jwt from "jsonwebtoken";
import { unauthenticated } from "../errors";
import { isUuid } from "../validation/uuid";

export interface TokenConfig {
  jwtSecret: string;
  tokenTtlSeconds: number;
}

const ISSUER = "alliance-hub";

/**
 * The secret as a KeyObject, made once per secret. Given a string, jsonwebtoken first tries
 * `createPublicKey(secret)`, which throws for an HMAC secret, on every call: a measurable part
 * of each request's CPU time (see BENCHMARKS.md).
 */
const keys = new Map<string, KeyObject>();
function secretKey(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, "utf8"))));
  return key;
}

export function issueToken(config: TokenConfig, userId: string): string {
  return jwt.sign({}, secretKey(config.jwtSecret), {
    algorithm: "HS256",
    subject: userId,
    issuer: ISSUER,
    expiresIn: config.tokenTtlSeconds,
  });
}

/** The user key in a valid token; `UNAUTHENTICATED` for a malformed, forged or expired one. */
export function verifyToken(config: TokenConfig, token: string): string {
  try {
    const payload = jwt.verify(token, secretKey(config.jwtSecret), { algorithms: ["HS256"], issuer: ISSUER });
    // A user key is a UUID: a signed token naming anything else is not one of ours.
    if (typeof payload === "object" && typeof payload.sub === "string" && isUuid(payload.sub)) return payload.sub;
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw unauthenticated("The token has expired; log in again");
  }
  throw unauthenticated("The token is not valid");
}

/** When a token (already verified) expires, in epoch milliseconds. */
export function tokenExpiresAt(token: string): number | undefined {
  const payload = jwt.decode(token, { json: true });
  return typeof payload?.exp === "number" ? payload.exp * 1000 : undefined;
}

/** The token in an `Authorization: Bearer <token>` value, if any. */
export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== "string") return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}
