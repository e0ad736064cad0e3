/** Reports over a whole alliance (pilot readiness, activity) find their alliance the same way. */
import type { Alliance } from "../../entities/alliance.entity";
import { forbidden, notFound } from "../errors";
import { requireAccess, type Context } from "../operation-context";

/**
 * The alliance, for a viewer allowed to read a report on it: NOT_FOUND if invisible, FORBIDDEN
 * if visible only. `allowed` is read together with the alliance; it decides only once it is visible.
 */
export async function allianceForReport(ctx: Context, allianceId: string, allowed: Promise<boolean>, what: string): Promise<Alliance> {
  const [alliance, may] = await Promise.all([requireAccess(ctx).visible("alliance", allianceId, ctx.loaders.alliance), allowed]);
  if (!alliance) throw notFound("Alliance", "allianceId");
  if (!may) throw forbidden(what);
  return alliance;
}
