/**
 * Demo data for the pilot programme (Art. 7-8): the admission policy that open development
 * (Art. 8.6) asks for, and the benefit plan of the active solid-state project, agreed in advance
 * by each of its participants (Art. 8.5). With the projects, governance, funds and IP demo data
 * before it, the demo alliance meets every basic condition of Art. 8, so its secretariat can apply
 * for the pilot programme.
 */
import { PolicyKind } from "../../entities/policy-document.entity";
import { Project } from "../../entities/project.entity";
import { governanceService } from "../services/governance.service";
import { benefitPlanService } from "../services/benefit-plan.service";
import { contextAs, type DemoOrgKey, type DemoWorld } from "./world";

const SOLID_STATE_SHARES: [DemoOrgKey, number][] = [
  ["lead", 4000],
  ["materials", 2000],
  ["eastuni", 2000],
  ["institute", 2000],
];

export async function seedPilotDemo(world: DemoWorld): Promise<void> {
  const { ctx, alliance, organizations, users } = world;
  await governanceService.adoptPolicy(ctx, {
    allianceId: alliance.id,
    kind: PolicyKind.ADMISSION,
    title: "成员吸纳与退出办法 (Admission and withdrawal of members)",
    text:
      "认同联盟协议、具有独立法人资格的企业、大学和科研机构可申请加入，经秘书处审核、理事会备案后成为成员；联盟每年公开征集新成员。\n" +
      "Enterprises, universities and research institutes that are independent legal entities and accept the alliance agreement may apply; the secretariat reviews each application and reports admissions to the council; the alliance calls for new members every year.",
  });

  const solidState = await ctx.db.getRepository(Project).findOneBy({ allianceId: alliance.id, code: "PB-2026-01" });
  if (solidState) {
    const plan = await benefitPlanService.create(contextAs(world, users["lead.admin"]), {
      projectId: solidState.id,
      shares: SOLID_STATE_SHARES.map(([key, basisPoints]) => ({ organizationId: organizations[key].id, basisPoints })),
    });
    for (const [key] of SOLID_STATE_SHARES) {
      await benefitPlanService.approve(contextAs(world, users[`${key}.admin`]), { benefitPlanId: plan.id });
    }
  }
}
