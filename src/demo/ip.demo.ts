/**
 * Demo IP rights (Art. 8.5, 8.6): a jointly owned patent from the government-funded pilot-line
 * project (see funds.demo.ts), licensed to a company outside the alliance so its diffusion duty is
 * fulfilled; a member's software copyright licensed within the alliance; and a trade secret only
 * its owner and the secretariat see.
 */
import { IpKind, IpStatus } from "../../entities/ip-asset.entity";
import { LicenseScope } from "../../entities/ip-license.entity";
import { OrganizationType } from "../../entities/organization.entity";
import { Project } from "../../entities/project.entity";
import { organizationService } from "../services/organization.service";
import { ipAssetService } from "../services/ip-asset.service";
import { ipLicenseService } from "../services/ip-license.service";
import { demoCreditCode, type DemoWorld } from "./world";

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

  await ipAssetService.register(ctx, {
    allianceId: alliance.id,
    kind: IpKind.TRADE_SECRET,
    title: "高镍正极烧结工艺 (High-nickel cathode sintering recipe)",
    owners: [{ organizationId: o.materials.id, basisPoints: 10000 }],
  });
}
