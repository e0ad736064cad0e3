import type { NonEmptyArray } from "type-graphql";
import { AuthResolver } from "./auth.resolver";
import { NodeResolver } from "./node.resolver";
import { OrganizationResolver } from "./organization.resolver";
import { UserResolver } from "./user.resolver";
import { AllianceResolver } from "./alliance.resolver";
import { AllianceRoleGrantResolver } from "./role-grant.resolver";
import { MembershipResolver } from "./membership.resolver";
import { AuditResolver } from "./audit.resolver";
import { MilestoneResolver, OrganizationProjectsResolver, ProjectParticipantResolver, ProjectResolver } from "./project.resolver";
import { TaskResolver } from "./task.resolver";
import { TalentExchangeResolver } from "./talent-exchange.resolver";
import { LiveResolver } from "./live.resolver";

/** Every resolver class of the API. */
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  NodeResolver,
  OrganizationResolver,
  UserResolver,
  AllianceResolver,
  AllianceRoleGrantResolver,
  MembershipResolver,
  AuditResolver,
  ProjectResolver,
  ProjectParticipantResolver,
  MilestoneResolver,
  OrganizationProjectsResolver,
  TaskResolver,
  TalentExchangeResolver,
  LiveResolver,
];
