/**
 * Demo data for the pilot programme (Art. 7-8): the admission policy that open development
 * (Art. 8.6) asks for. With the governance, funds and IP demo data before it, the demo alliance
 * meets every basic condition of Art. 8, so its secretariat can apply for the pilot programme.
 */
import { PolicyKind } from "../../entities/policy-document.entity";
import { governanceService } from "../services/governance.service";
import type { DemoWorld } from "./seed";

export async function seedPilotDemo(world: DemoWorld): Promise<void> {
  await governanceService.adoptPolicy(world.ctx, {
    allianceId: world.alliance.id,
    kind: PolicyKind.ADMISSION,
    title: "成员吸纳与退出办法 (Admission and withdrawal of members)",
    text:
      "认同联盟协议、具有独立法人资格的企业、大学和科研机构可申请加入，经秘书处审核、理事会备案后成为成员；联盟每年公开征集新成员。\n" +
      "Enterprises, universities and research institutes that are independent legal entities and accept the alliance agreement may apply; the secretariat reviews each application and reports admissions to the council; the alliance calls for new members every year.",
  });
}
