import { contextFor, type Context } from "../context";

/**
 * A mutation's result once its transaction committed, with the operation's context refreshed
 * (new loaders, new Access): what the operation cached before the write is stale, and the
 * result's nested fields — or the next mutation of the same document — must read the new state.
 */
export async function committed<T>(ctx: Context, transaction: Promise<T>): Promise<T> {
  const result = await transaction;
  Object.assign(ctx, contextFor(ctx, ctx.viewer));
  return result;
}
