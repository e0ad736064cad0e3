/**
 * Demo governance (Art. 8.2-8.4): the three bodies with a full-time executive seat, the fund
 * management and IP policies, the alliance agreement signed by every member's legal
 * representative, so it is in force, and a newcomer admitted by the council's passed motion.
 */
import { AgreementKind } from "../../entities/agreement.entity";
import { GoverningBodyKind } from "../../entities/governing-body.entity";
import { PolicyKind } from "../../entities/policy-document.entity";
import { agreementService } from "../services/agreement.service";
import { agreementSignatureService } from "../services/agreement-signature.service";
import { governanceService } from "../services/governance.service";
import { AdmissionBy } from "../../entities/alliance.entity";
import { MotionKind, VoteChoice } from "../../entities/motion.entity";
import { OrganizationType } from "../../entities/organization.entity";
import { OrgRole, type User } from "../../entities/user.entity";
import { toGlobalId } from "../graphql/global-id";
import { clockOf } from "../operation-context";
import { allianceService } from "../services/alliance.service";
import { membershipService } from "../services/membership.service";
import { motionService } from "../services/motion.service";
import { organizationService } from "../services/organization.service";
import { userService } from "../services/user.service";
import { DEMO_PASSWORD, NEWCOMER, contextAs, demoCreditCode, type DemoOrgKey, type DemoWorld } from "./world";

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
  const newcomer = await admitByVote(world, council.id);
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
    taskDivision: [
      ...(Object.keys(TASKS) as DemoOrgKey[]).map((key) => ({
        organizationId: organizations[key].id,
        responsibilities: TASKS[key],
      })),
      { organizationId: newcomer.organizationId, responsibilities: ["储能系统集成示范 / energy-storage integration pilots"] },
    ],
    breachTerms:
      "违约方承担因违约给其他成员造成的直接损失，并经理事会决议可暂停其成员资格。\nA party in breach bears the direct losses it causes the other parties; the council may suspend its membership.",
  });
  await agreementService.open(ctx, { agreementId: agreement.id });
  for (const signer of [...(Object.keys(TASKS) as DemoOrgKey[]).map((key) => users[`${key}.admin`]), newcomer.representative]) {
    await agreementSignatureService.sign(contextAs(world, signer), { agreementId: agreement.id });
  }
}

/**
 * Art. 8.3: the council admits members by vote. A newcomer applies, the secretariat puts its
 * admission to the council, both seats vote for it, and the passed motion admits it, before the
 * alliance agreement is drafted, so it is a party like the founders.
 */
async function admitByVote(world: DemoWorld, councilId: string): Promise<{ organizationId: string; representative: User }> {
  const { ctx, alliance, users } = world;
  await allianceService.setAdmissionBy(ctx, { allianceId: alliance.id, admissionBy: AdmissionBy.DECISION_BODY });
  const newcomer = await organizationService.create(ctx, {
    name: NEWCOMER.name,
    type: OrganizationType.ENTERPRISE,
    creditCode: demoCreditCode(NEWCOMER.stem),
    legalRepresentative: NEWCOMER.rep,
    region: NEWCOMER.region,
  });
  const representative = await userService.create(ctx, {
    email: NEWCOMER.email,
    name: NEWCOMER.rep,
    password: DEMO_PASSWORD,
    organizationId: newcomer.id,
    orgRole: OrgRole.ORG_ADMIN,
    isLegalRepresentative: true,
  });
  users["newcomer.admin"] = representative;
  const application = await membershipService.apply(contextAs(world, representative), {
    allianceId: alliance.id,
    organizationId: newcomer.id,
  });
  const motion = await motionService.propose(contextAs(world, users.secretariat), {
    bodyId: councilId,
    kind: MotionKind.ADMIT_MEMBER,
    title: `接纳${NEWCOMER.name}为成员单位 (Admit ${NEWCOMER.name})`,
    text: "理事会审议入盟申请，同意接纳其为联盟成员单位。\nThe council considered the application and admits the applicant as a member.",
    subjectId: toGlobalId("Membership", application.id),
    closesAt: new Date(clockOf(ctx).now().getTime() + 14 * 86_400_000),
  });
  for (const seat of ["lead.admin", "eastuni.admin"]) {
    await motionService.castVote(contextAs(world, users[seat]), { motionId: motion.id, choice: VoteChoice.FOR });
  }
  return { organizationId: newcomer.id, representative };
}
