/**
 * Demo IP rights (Art. 8.5, 8.6): a jointly owned patent from the government-funded pilot-line
 * project (see funds.demo.ts), licensed to a company outside the alliance so its diffusion duty is
 * fulfilled; a member's software copyright licensed within the alliance; and a trade secret only
 * its owner and the secretariat see. In the pilot-line project, the trade secret's owner brings it
 * as background, and the materials maker (a participant, not an owner) is granted access to the
 * patent for exploitation by both owners (docs/access-rights.md).
 */
import { AccessPurpose } from "../../entities/access-request.entity";
import { IpKind, IpStatus, type IpAsset } from "../../entities/ip-asset.entity";
import { LicenseScope } from "../../entities/ip-license.entity";
import { OrganizationType } from "../../entities/organization.entity";
import { Project } from "../../entities/project.entity";
import { organizationService } from "../services/organization.service";
import { ipAssetService } from "../services/ip-asset.service";
import { ipLicenseService } from "../services/ip-license.service";
import { accessRequestService } from "../services/access-request.service";
import { backgroundService } from "../services/background.service";
import { Decimal } from "../graphql/decimal";
import { contextAs, demoCreditCode, type DemoWorld } from "./world";

export async function seedIp(world: DemoWorld): Promise<void> {
  const { ctx, alliance, organizations: o } = world;
  const outside = await organizationService.create(ctx, {
    name: "华南储能科技有限公司 (outside licensee)",
    type: OrganizationType.ENTERPRISE,
    creditCode: demoCreditCode("91440100MA5E00007"),
    legalRepresentative: "赵峰",
    region: "广东",
  });

  // The pilot-line project of the funds demo, when it ran: its GOVERNMENT funding makes the duty.
  const pilotLine = await ctx.db.getRepository(Project).findOneBy({ allianceId: alliance.id, code: "PB-FUND-01" });
  const patent = await ipAssetService.register(ctx, {
    allianceId: alliance.id,
    kind: IpKind.INVENTION_PATENT,
    title: "一种固态电解质界面修饰方法 (Solid-electrolyte interface treatment)",
    registrationNumber: "ZL202510000001.1",
    jurisdiction: "CN",
    status: IpStatus.GRANTED,
    filedOn: "2025-01-15",
    grantedOn: new Date().toISOString().slice(0, 10),
    ...(pilotLine ? { originProjectId: pilotLine.id } : { governmentFunded: true }),
    owners: [
      { organizationId: o.lead.id, basisPoints: 6000 },
      { organizationId: o.eastuni.id, basisPoints: 4000 },
    ],
  });
  await ipLicenseService.grant(ctx, {
    ipAssetId: patent.id,
    licenseeId: outside.id,
    scope: LicenseScope.NON_EXCLUSIVE,
    fieldOfUse: "储能电站 / stationary energy storage",
    territory: "CN",
    startDate: new Date().toISOString().slice(0, 10),
    royaltyTerms: "净销售额的3% / 3% of net sales",
  });

  const firmware = await ipAssetService.register(ctx, {
    allianceId: alliance.id,
    kind: IpKind.SOFTWARE_COPYRIGHT,
    title: "电池管理系统固件 V2.0 (BMS firmware)",
    registrationNumber: "2025SR0000002",
    status: IpStatus.GRANTED,
    owners: [{ organizationId: o.electronics.id, basisPoints: 10000 }],
  });
  await ipLicenseService.grant(ctx, {
    ipAssetId: firmware.id,
    licenseeId: o.lead.id,
    scope: LicenseScope.EXCLUSIVE,
    fieldOfUse: "乘用车 / passenger cars",
    territory: "CN",
    startDate: new Date().toISOString().slice(0, 10),
    royaltyTerms: "每套5元 / CNY 5 per unit",
  });

  const recipe = await ipAssetService.register(ctx, {
    allianceId: alliance.id,
    kind: IpKind.TRADE_SECRET,
    title: "高镍正极烧结工艺 (High-nickel cathode sintering recipe)",
    owners: [{ organizationId: o.materials.id, basisPoints: 10000 }],
  });
  if (pilotLine) await seedAccessRights(world, pilotLine, { patent, recipe });
}

/** Background and a granted access request in the pilot-line project (lead, materials maker, East River University). */
async function seedAccessRights(world: DemoWorld, pilotLine: Project, assets: { patent: IpAsset; recipe: IpAsset }): Promise<void> {
  const as = (key: string) => contextAs(world, world.users[key]);
  await backgroundService.declare(as("materials.admin"), {
    projectId: pilotLine.id,
    ipAssetId: assets.recipe.id,
    conditions: "项目执行期内免费使用，仅限中试线 / Royalty-free on the pilot line during the project; no disclosure beyond it.",
  });
  const request = await accessRequestService.request(as("materials.admin"), {
    projectId: pilotLine.id,
    ipAssetId: assets.patent.id,
    purpose: AccessPurpose.EXPLOITATION,
    justification: "量产正极材料需使用界面修饰方法 / Our cathode production line needs the interface treatment.",
  });
  const terms = {
    royaltyRate: new Decimal("2.00"),
    royaltyBasis: "净销售额 / net sales",
    fieldOfUse: "正极材料 / cathode materials",
    validUntil: "2031-12-31",
  };
  for (const owner of ["lead.admin", "eastuni.admin"]) {
    await accessRequestService.decide(as(owner), { requestId: request.id, grant: true, terms });
  }
}
