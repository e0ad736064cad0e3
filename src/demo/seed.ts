/**
 * Demo data: a power-battery alliance with a backbone enterprise as lead, two more enterprises,
 * two universities and a research institute, and users in every role. Written through the same
 * services as the API (validation, audit entries included). Running it twice changes nothing.
 */
import { AllianceScope } from "../../entities/alliance.entity";
import { AllianceRole } from "../../entities/alliance-role-grant.entity";
import { OrganizationType, type Organization } from "../../entities/organization.entity";
import { OrgRole, PlatformRole, User } from "../../entities/user.entity";
import { Alliance } from "../../entities/alliance.entity";
import { contextFor } from "../context";
import type { AppDeps, Context } from "../operation-context";
import { organizationService } from "../services/organization.service";
import { userService } from "../services/user.service";
import { allianceService } from "../services/alliance.service";
import { Decision, membershipService } from "../services/membership.service";
import { seedFundsDemo } from "./funds.demo";
import { seedWorkPlanDemo } from "./work-plan.demo";
import { seedPilotDemo } from "./pilot.demo";
import { seedGovernance } from "./governance.demo";
import { seedIp } from "./ip.demo";
import { seedProjects } from "./projects.demo";
import {
  DEMO_PASSWORD,
  NEWCOMER,
  ORGANIZATIONS,
  SUPERVISOR,
  demoCreditCode,
  type DemoLogin,
  type DemoOrgKey,
  type DemoWorld,
} from "./world";

const ALLIANCE_NAME = "动力电池产业技术创新战略联盟 (Power Battery Alliance)";

async function adminContext(deps: AppDeps): Promise<Context> {
  const admin = await deps.db.getRepository(User).findOneBy({ platformRole: PlatformRole.ADMIN });
  if (!admin) throw new Error("demo data needs a platform admin: set BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD");
  return contextFor(deps, {
    userId: admin.id,
    organizationId: admin.organizationId,
    orgRole: admin.orgRole,
    platformRole: admin.platformRole,
    isLegalRepresentative: admin.isLegalRepresentative,
  });
}

/** Loads the demo alliance unless it is there; returns the demo logins either way. */
export async function seedDemo(deps: AppDeps): Promise<DemoLogin[]> {
  const existing = await deps.db.getRepository(Alliance).findOneBy({ name: ALLIANCE_NAME });
  const logins = demoCastLogins();
  if (existing) return logins;
  const ctx = await adminContext(deps);
  const organizations = {} as Record<DemoOrgKey, Organization>;
  const users: Record<string, User> = {};
  for (const o of ORGANIZATIONS) {
    organizations[o.key] = await organizationService.create(ctx, {
      name: o.name,
      type: o.type,
      creditCode: demoCreditCode(o.stem),
      legalRepresentative: o.rep,
      region: o.region,
      industryBackbone: o.backbone,
    });
    users[`${o.key}.admin`] = await userService.create(ctx, {
      email: `admin@${o.key}.demo`,
      name: o.rep,
      password: DEMO_PASSWORD,
      organizationId: organizations[o.key].id,
      orgRole: OrgRole.ORG_ADMIN,
      isLegalRepresentative: true,
    });
    users[`${o.key}.engineer`] = await userService.create(ctx, {
      email: `engineer@${o.key}.demo`,
      name: `${o.name.slice(0, 2)}工程师`,
      password: DEMO_PASSWORD,
      organizationId: organizations[o.key].id,
      orgRole: OrgRole.MEMBER,
    });
  }
  users["secretariat"] = await userService.create(ctx, {
    email: "secretariat@lead.demo",
    name: "联盟秘书处",
    password: DEMO_PASSWORD,
    organizationId: organizations.lead.id,
    orgRole: OrgRole.MEMBER,
  });
  users["analyst"] = await userService.create(ctx, {
    email: "analyst@institute.demo",
    name: "产业分析师",
    password: DEMO_PASSWORD,
    organizationId: organizations.institute.id,
    orgRole: OrgRole.MEMBER,
  });
  const department = await organizationService.create(ctx, {
    name: SUPERVISOR.name,
    type: OrganizationType.OTHER,
    creditCode: demoCreditCode(SUPERVISOR.stem),
    legalRepresentative: SUPERVISOR.rep,
    region: SUPERVISOR.region,
    industryBackbone: false,
  });
  users["supervisor"] = await userService.create(ctx, {
    email: SUPERVISOR.email,
    name: SUPERVISOR.userName,
    password: DEMO_PASSWORD,
    organizationId: department.id,
    orgRole: OrgRole.MEMBER,
  });
  const alliance = await allianceService.create(ctx, {
    name: ALLIANCE_NAME,
    field: "动力电池 / power batteries",
    scope: AllianceScope.NATIONAL,
    region: "全国",
    hostOrganizationId: organizations.lead.id,
  });
  await allianceService.grantRole(ctx, { allianceId: alliance.id, userId: users.secretariat.id, role: AllianceRole.SECRETARIAT });
  await allianceService.grantRole(ctx, { allianceId: alliance.id, userId: users.analyst.id, role: AllianceRole.ANALYST });
  // Art. 8.4: the government-funded projects (the solid electrolyte pilot line, ./funds.demo.ts) are under its supervision.
  await allianceService.grantRole(ctx, {
    allianceId: alliance.id,
    userId: users.supervisor.id,
    role: AllianceRole.GOVERNMENT_SUPERVISOR,
  });
  for (const o of ORGANIZATIONS) {
    const membership = await membershipService.apply(ctx, {
      allianceId: alliance.id,
      organizationId: organizations[o.key].id,
      role: o.role,
    });
    await membershipService.decide(ctx, { membershipId: membership.id, decision: Decision.APPROVE, reason: "Founding member" });
  }
  const world: DemoWorld = { ctx, alliance, organizations, users, logins };
  for (const step of demoSteps) await step(world);
  return logins;
}

/** Later features add their demo data here (projects, agreements, IP, funds). */
const demoSteps: ((world: DemoWorld) => Promise<void>)[] = [
  seedProjects,
  seedFundsDemo,
  seedWorkPlanDemo,
  seedGovernance,
  seedIp,
  seedPilotDemo,
];

/** The demo cast's sign-ins (whether or not the demo data is loaded). */
export function demoCastLogins(): DemoLogin[] {
  return [
    { email: "secretariat@lead.demo", password: DEMO_PASSWORD, role: "alliance secretariat" },
    { email: "analyst@institute.demo", password: DEMO_PASSWORD, role: "alliance analyst" },
    { email: SUPERVISOR.email, password: DEMO_PASSWORD, role: "government supervisor of the government-funded projects" },
    ...ORGANIZATIONS.map((o) => ({
      email: `admin@${o.key}.demo`,
      password: DEMO_PASSWORD,
      role: `ORG_ADMIN and legal representative, ${o.name}`,
    })),
    ...ORGANIZATIONS.map((o) => ({ email: `engineer@${o.key}.demo`, password: DEMO_PASSWORD, role: `member, ${o.name}` })),
    {
      email: NEWCOMER.email,
      password: DEMO_PASSWORD,
      role: `ORG_ADMIN and legal representative, ${NEWCOMER.name} (admitted by the council's vote)`,
    },
  ];
}
