/**
 * The demo alliance's cast, and the world every demo step is handed: the organizations, the users
 * made so far and the administrator's context. The steps (./*.demo.ts) import this, never
 * ./seed.ts, which runs them.
 */
import type { Alliance } from "../../entities/alliance.entity";
import { MembershipRole } from "../../entities/membership.entity";
import { OrganizationType, type Organization } from "../../entities/organization.entity";
import type { User } from "../../entities/user.entity";
import { contextFor } from "../context";
import type { Context } from "../operation-context";
import { creditCodeCheckCharacter } from "../validation/credit-code";

export const DEMO_PASSWORD = "demo-password";

/** An enterprise that applies after the founding and is admitted by the council's vote (Art. 8.3). */
export const NEWCOMER = {
  name: "海川储能科技有限公司",
  stem: "91320500MA1W00007",
  rep: "赵晨",
  region: "江苏",
  email: "admin@newcomer.demo",
} as const;

/**
 * The department supervising the government money the alliance's projects use (Art. 8.4): not a
 * member; its user holds the alliance's GOVERNMENT_SUPERVISOR role.
 */
export const SUPERVISOR = {
  name: "科学技术部高技术研究发展中心 (MOST High Technology R&D Center)",
  stem: "12100000400011008",
  rep: "刘振华",
  region: "北京",
  email: "supervisor@most.demo",
  userName: "国拨资金监管员",
} as const;

export interface DemoLogin {
  email: string;
  password: string;
  role: string;
}

/** A valid unified social credit code from a 17-character stem. */
export function demoCreditCode(stem: string): string {
  return stem + creditCodeCheckCharacter(stem);
}

export const ORGANIZATIONS = [
  {
    key: "lead",
    name: "鼎新动力电池股份有限公司",
    type: OrganizationType.ENTERPRISE,
    backbone: true,
    region: "福建",
    stem: "91350900MA2XN0001",
    rep: "林志远",
    role: MembershipRole.LEAD,
  },
  {
    key: "materials",
    name: "恒通新能源材料有限公司",
    type: OrganizationType.ENTERPRISE,
    backbone: false,
    region: "湖南",
    stem: "91430100MA4L00002",
    rep: "周明",
    role: MembershipRole.COUNCIL,
  },
  {
    key: "electronics",
    name: "明远汽车电子有限公司",
    type: OrganizationType.ENTERPRISE,
    backbone: false,
    region: "广东",
    stem: "91440300MA5D00003",
    rep: "陈立",
    role: MembershipRole.MEMBER,
  },
  {
    key: "eastuni",
    name: "东江理工大学",
    type: OrganizationType.UNIVERSITY,
    backbone: false,
    region: "广东",
    stem: "12440000455800004",
    rep: "黄建国",
    role: MembershipRole.COUNCIL,
  },
  {
    key: "westuni",
    name: "西岭大学",
    type: OrganizationType.UNIVERSITY,
    backbone: false,
    region: "四川",
    stem: "12510000450700005",
    rep: "李婷",
    role: MembershipRole.MEMBER,
  },
  {
    key: "institute",
    name: "国家储能材料研究院",
    type: OrganizationType.RESEARCH_INSTITUTE,
    backbone: false,
    region: "北京",
    stem: "12100000400000006",
    rep: "王海",
    role: MembershipRole.COUNCIL,
  },
] as const;

export type DemoOrgKey = (typeof ORGANIZATIONS)[number]["key"];

export interface DemoWorld {
  ctx: Context;
  alliance: Alliance;
  organizations: Record<DemoOrgKey, Organization>;
  users: Record<string, User>;
  logins: DemoLogin[];
}

/** A context acting as `user`, as if that user had signed in. */
export function contextAs(world: DemoWorld, user: User): Context {
  return contextFor(world.ctx, {
    userId: user.id,
    organizationId: user.organizationId,
    orgRole: user.orgRole,
    platformRole: user.platformRole,
    isLegalRepresentative: user.isLegalRepresentative,
  });
}
