/** `node(id)` / `nodes(ids)`: any object by global id, under the viewer's rights. */
import type { Context } from "../operation-context";
import { AppError, ErrorCode, badInput, notFound } from "../errors";
import { fromGlobalId } from "../graphql/global-id";

type Fetcher = (ctx: Context, key: string) => Promise<object>;
const fetchers = new Map<string, Fetcher>();

/** Each feature registers how to fetch its types, with its own visibility rules. */
export function registerNodeType(type: string, fetch: Fetcher): void {
  fetchers.set(type, fetch);
}

export async function fetchNode(ctx: Context, globalId: string, field = "id"): Promise<object> {
  const parsed = fromGlobalId(globalId);
  if (!parsed) throw badInput(field, `${field} is not a valid id`);
  const fetch = fetchers.get(parsed.type);
  if (!fetch) throw notFound("Node", field);
  return fetch(ctx, parsed.key);
}

/** Like `fetchNode` for many ids; what the viewer may not see (or what does not exist) is null. */
export async function fetchNodes(ctx: Context, globalIds: string[]): Promise<(object | null)[]> {
  if (globalIds.length > 100) throw badInput("ids", "at most 100 ids");
  return Promise.all(
    globalIds.map((id, i) =>
      fetchNode(ctx, id, `ids[${i}]`).catch((error: unknown) => {
        if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) return null;
        throw error;
      }),
    ),
  );
}
