/** `node(id)` / `nodes(ids)`: any object by global id, under the viewer's rights. */
import type { Context } from "../operation-context";
import { AppError, ErrorCode, badInput, notFound } from "../errors";
import { fromGlobalId } from "../graphql/global-id";
import { nodeTypes } from "./node-types";

export async function fetchNode(ctx: Context, globalId: string, field = "id"): Promise<object> {
  const parsed = fromGlobalId(globalId);
  if (!parsed) throw badInput(field, `${field} is not a valid id`);
  // Own properties only: a type name such as "constructor" names nothing.
  const fetch = Object.hasOwn(nodeTypes, parsed.type) ? nodeTypes[parsed.type] : undefined;
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
