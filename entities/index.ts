import { Organization } from "./organization.entity";
import { User } from "./user.entity";
import { Alliance } from "./alliance.entity";
import { Membership } from "./membership.entity";
import { AllianceRoleGrant } from "./alliance-role-grant.entity";
import { AuditEntry } from "./audit-entry.entity";
import { Project } from "./project.entity";
import { ProjectParticipant } from "./project-participant.entity";
import { IpAsset } from "./ip-asset.entity";
import { Milestone } from "./milestone.entity";
import { Task } from "./task.entity";
import { TalentExchange } from "./talent-exchange.entity";
import { OutboxEventRow } from "./event.entity";

/** Every entity of the data model, registered with the DataSource. */
export const entities = [
  Organization,
  User,
  Alliance,
  Membership,
  AllianceRoleGrant,
  AuditEntry,
  Project,
  ProjectParticipant,
  IpAsset,
  Milestone,
  Task,
  TalentExchange,
  OutboxEventRow,
];
