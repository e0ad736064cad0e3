/**
 * Demo governance (Art. 8.2-8.4): the three bodies with a full-time executive seat, the fund
 * management and IP policies, and the alliance agreement signed by every member's legal
 * representative, so it is in force.
 */
import { AgreementKind } from "../../entities/agreement.entity";
import { GoverningBodyKind } from "../../entities/governing-body.entity";
import { PolicyKind } from "../../entities/policy-document.entity";
import { agreementService } from "../services/agreement.service";
import { agreementSignatureService } from "../services/agreement-signature.service";
import { governanceService } from "../services/governance.service";
import { contextAs, type DemoOrgKey, type DemoWorld } from "./world";

const TASKS: Record<DemoOrgKey, string[]> = {
  lead: ["牵头组织联盟研发项目 / lead the joint R&D programme", "中试与产业化 / pilot lines and industrialization"],
  materials: ["正负极材料开发 / cathode and anode materials"],
  electronics: ["电池管理系统 / battery management systems"],
  eastuni: ["电化学基础研究 / electrochemistry research", "研究生联合培养 / joint graduate training"],
  westuni: ["安全与失效分析 / safety and failure analysis"],
  institute: ["共性技术平台与标准 / shared test platform and standards"],
};

export async function seedGovernance(world: DemoWorld): Promise<void> {
  const { ctx, alliance, users, organizations } = world;
  const council = await governanceService.createBody(ctx, {
    allianceId: alliance.id,
    kind: GoverningBodyKind.DECISION,
    name: "理事会 (Council)",
  });
  await governanceService.addSeat(ctx, { governingBodyId: council.id, userId: users["lead.admin"].id, position: "理事长 (Chair)" });
  await governanceService.addSeat(ctx, {
    governingBodyId: council.id,
    userId: users["eastuni.admin"].id,
    position: "副理事长 (Vice chair)",
  });
  const experts = await governanceService.createBody(ctx, {
    allianceId: alliance.id,
    kind: GoverningBodyKind.ADVISORY,
    name: "专家委员会 (Expert committee)",
  });
  await governanceService.addSeat(ctx, { governingBodyId: experts.id, userId: users["institute.admin"].id, position: "主任委员 (Chair)" });
  const office = await governanceService.createBody(ctx, {
    allianceId: alliance.id,
    kind: GoverningBodyKind.EXECUTIVE,
    name: "秘书处 (Secretariat)",
  });
  await governanceService.addSeat(ctx, {
    governingBodyId: office.id,
    userId: users.secretariat.id,
    position: "秘书长 (Secretary-General)",
    fullTime: true,
  });

  await governanceService.adoptPolicy(ctx, {
    allianceId: alliance.id,
    kind: PolicyKind.FUND_MANAGEMENT,
    title: "联盟经费管理办法 (Fund management rules)",
    text: "经费由依托单位专户管理，专款专用；支出由申请人提出，秘书处另一名人员审批；年度审计报理事会。\nFunds are held by the host organization in a dedicated account; every expense is requested by one person and approved by another member of the secretariat; annual audit reported to the council.",
  });
  await governanceService.adoptPolicy(ctx, {
    allianceId: alliance.id,
    kind: PolicyKind.IP_POLICY,
    title: "知识产权管理办法 (IP policy)",
    text: "项目成果的归属、许可与收益分配在项目协议中事先约定；政府资助形成的成果须在十二个月内向联盟外扩散。\nOwnership, licensing and revenue sharing of results are agreed in advance in project agreements; results of government-funded work are diffused outside the alliance within twelve months.",
  });

  const agreement = await agreementService.create(ctx, {
    allianceId: alliance.id,
    kind: AgreementKind.ALLIANCE,
    title: "动力电池产业技术创新战略联盟协议 (Alliance agreement)",
    text: "各成员单位以具有法律约束力的契约为保障，围绕动力电池产业技术创新链开展合作。\nThe members cooperate along the power-battery innovation chain under this legally binding agreement.",
    goals: [
      "突破固态电池关键技术 / solid-state battery key technologies",
      "建立共享测试平台 / a shared testing platform",
      "制定团体标准三项 / three association standards",
    ],
    taskDivision: (Object.keys(TASKS) as DemoOrgKey[]).map((key) => ({
      organizationId: organizations[key].id,
      responsibilities: TASKS[key],
    })),
    breachTerms:
      "违约方承担因违约给其他成员造成的直接损失，并经理事会决议可暂停其成员资格。\nA party in breach bears the direct losses it causes the other parties; the council may suspend its membership.",
  });
  await agreementService.open(ctx, { agreementId: agreement.id });
  for (const key of Object.keys(TASKS) as DemoOrgKey[]) {
    await agreementSignatureService.sign(contextAs(world, users[`${key}.admin`]), { agreementId: agreement.id });
  }
}
