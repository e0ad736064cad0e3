/** Bearer tokens: HS256 JWTs carrying only the user's key, so API processes stay stateless. */
import { createSecretKey, type KeyObject } from "node:crypto";
import jwt from "jsonwebtoken";
import { LRUCache } from "lru-cache";
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

/** A token whose signature and claims were checked: its user key, and when it expires (epoch seconds). */
interface Verified {
  sub: string;
  exp: number;
}

/**
 * Tokens already verified, per secret. A client sends the same token with every request, and
 * checking its signature (jsonwebtoken decodes it twice and computes the HMAC) was the largest
 * part of a trivial request's CPU time after the framework's own. An entry is the exact token
 * string, so a hit stands for a signature checked with the same secret; its expiry is checked on
 * every use, as jsonwebtoken checks it (expired from the second `exp` names).
 */
const verifiedTokens = new Map<string, LRUCache<string, Verified>>();

function verifiedFor(secret: string): LRUCache<string, Verified> {
  let cache = verifiedTokens.get(secret);
  if (!cache) verifiedTokens.set(secret, (cache = new LRUCache({ max: 10_000 })));
  return cache;
}

/** The user key in a valid token; `UNAUTHENTICATED` for a malformed, forged or expired one. */
export function verifyToken(config: TokenConfig, token: string): string {
  const cache = verifiedFor(config.jwtSecret);
  const known = cache.get(token);
  if (known) {
    if (Math.floor(Date.now() / 1000) >= known.exp) {
      cache.delete(token);
      throw unauthenticated("The token has expired; log in again");
    }
    return known.sub;
  }
  try {
    const payload = jwt.verify(token, secretKey(config.jwtSecret), { algorithms: ["HS256"], issuer: ISSUER });
    // A user key is a UUID: a signed token naming anything else is not one of ours.
    if (typeof payload === "object" && typeof payload.sub === "string" && isUuid(payload.sub)) {
      // Every token this API issues expires; one without `exp` is verified on each use.
      if (typeof payload.exp === "number") cache.set(token, { sub: payload.sub, exp: payload.exp });
      return payload.sub;
    }
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
