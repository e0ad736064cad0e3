/** Bearer tokens: HS256 JWTs carrying only the user's key, so API processes stay stateless. */
import jwt from "jsonwebtoken";
import { unauthenticated } from "../errors";

export interface TokenConfig {
  jwtSecret: string;
  tokenTtlSeconds: number;
}

const ISSUER = "alliance-hub";

export function issueToken(config: TokenConfig, userId: string): string {
  return jwt.sign({}, config.jwtSecret, {
    algorithm: "HS256",
    subject: userId,
    issuer: ISSUER,
    expiresIn: config.tokenTtlSeconds,
  });
}

/** The user key in a valid token; `UNAUTHENTICATED` for a malformed, forged or expired one. */
export function verifyToken(config: TokenConfig, token: string): string {
  try {
    const payload = jwt.verify(token, config.jwtSecret, { algorithms: ["HS256"], issuer: ISSUER });
    if (typeof payload === "object" && typeof payload.sub === "string") return payload.sub;
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw unauthenticated("The token has expired; log in again");
  }
  throw unauthenticated("The token is not valid");
}

/** The token in an `Authorization: Bearer <token>` value, if any. */
export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== "string") return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}
