/** Users, sign-in and the bootstrap administrator. */
import type { DataSource } from "typeorm";
import { OrgRole, PlatformRole, User } from "../../entities/user.entity";
import { requireAccess, write, type AppDeps, type Context } from "../operation-context";
import { badInput, forbidden, mapKnownError, notFound, unauthenticated } from "../errors";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "../auth/password";
import { issueToken } from "../auth/tokens";
import { LoginThrottle } from "../auth/login-throttle";
import { inTransaction } from "../db/transaction";
import { listPage, type Page, type PageArgs } from "../collections/page";
import { users } from "../collections/user";
import { logger } from "../logger";

export interface CreateUserData {
  email: string;
  name: string;
  password: string;
  organizationId: string;
  orgRole?: OrgRole;
  isLegalRepresentative?: boolean;
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw badInput("password", `password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`);
  }
}

/** One throttle per configuration, i.e. per running app. */
const throttles = new WeakMap<object, LoginThrottle>();
function throttleOf(deps: AppDeps): LoginThrottle {
  let throttle = throttles.get(deps.config);
  if (!throttle) throttles.set(deps.config, (throttle = new LoginThrottle(deps.config.login)));
  return throttle;
}

class UserService {
  /** `address` is the client's, for the per-address bound on failed attempts. */
  async login(deps: AppDeps, email: string, password: string, address?: string): Promise<{ token: string; user: User }> {
    const normalized = normalizeEmail(email);
    const throttle = throttleOf(deps);
    throttle.check(normalized, address);
    const user = await deps.db.getRepository(User).findOneBy({ email: normalized });
    const ok = await verifyPassword(password, user?.passwordHash);
    if (!user || !ok) {
      throttle.failed(normalized, address);
      throw unauthenticated("Wrong email or password");
    }
    throttle.succeeded(normalized);
    return { token: issueToken(deps.config, user.id), user };
  }

  async me(ctx: Context): Promise<User> {
    const access = requireAccess(ctx);
    const user = await ctx.loaders.user.load(access.viewer.userId);
    if (!user) throw unauthenticated("The token's user no longer exists");
    return user;
  }

  async get(ctx: Context, id: string): Promise<User> {
    requireAccess(ctx);
    const user = await ctx.loaders.user.load(id);
    if (!user) throw notFound("User", "id");
    return user;
  }

  /** The users of one organization that the viewer may see. */
  listByOrganization(ctx: Context, organizationId: string, args: PageArgs): Promise<Page<User>> {
    return listPage(ctx, requireAccess(ctx), users, args, {
      where: (a, params) => `${a}.organization_id = ${params.add(organizationId)}`,
    });
  }

  /** Platform admins create anyone; an ORG_ADMIN creates the users of their own organization. */
  async create(ctx: Context, input: CreateUserData): Promise<User> {
    const access = requireAccess(ctx);
    if (!access.isAdmin && !access.isOrgAdminOf(input.organizationId)) {
      throw forbidden("Only a platform admin or the organization's ORG_ADMIN may create its users");
    }
    checkPassword(input.password);
    const organization = await ctx.loaders.organization.load(input.organizationId);
    if (!organization) throw notFound("Organization", "organizationId");
    const passwordHash = await hashPassword(input.password);
    return write(ctx, async (tx) => {
      const user = tx.manager.create(User, {
        email: normalizeEmail(input.email),
        name: input.name,
        passwordHash,
        organizationId: input.organizationId,
        orgRole: input.orgRole ?? OrgRole.MEMBER,
        isLegalRepresentative: input.isLegalRepresentative ?? false,
        platformRole: PlatformRole.USER,
      });
      await tx.manager.save(user);
      const { password: _secret, ...changes } = input;
      tx.audit({ action: "createUser", entityType: "User", entityId: user.id, changes });
      return user;
    });
  }
}

export const userService = new UserService();

/** Creates the platform administrator when the database has no user at all. */
export async function ensureBootstrapAdmin(
  db: DataSource,
  email: string | undefined,
  password: string | undefined,
): Promise<{ created: boolean; email?: string }> {
  if (!email || !password) return { created: false };
  const [{ count }] = await db.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM "user"`);
  if (count > 0) return { created: false, email };
  const passwordHash = await hashPassword(password);
  const created = inTransaction(db, null, async (tx) => {
    const user = tx.manager.create(User, {
      email: normalizeEmail(email),
      name: "Platform administrator",
      passwordHash,
      organizationId: null,
      orgRole: OrgRole.MEMBER,
      isLegalRepresentative: false,
      platformRole: PlatformRole.ADMIN,
    });
    await tx.manager.save(user);
    tx.audit({ action: "bootstrapAdmin", entityType: "User", entityId: user.id, changes: { email: user.email } });
  });
  // Another process starting at the same moment may have created it first.
  const raced = await created.then(
    () => false,
    (error: unknown) => {
      if (mapKnownError(error)?.code === "CONFLICT") return true;
      throw error;
    },
  );
  if (raced) return { created: false, email };
  logger.info("bootstrap admin created", { email });
  return { created: true, email };
}
