/** Connection types of the collections in the API. */
import { ObjectType } from "type-graphql";
import { Connection } from "../../src/graphql/connection";
import { Organization } from "../../entities/organization.entity";
import { User } from "../../entities/user.entity";
import { Alliance } from "../../entities/alliance.entity";
import { Membership } from "../../entities/membership.entity";
import { AllianceRoleGrant } from "../../entities/alliance-role-grant.entity";
import { AuditEntry } from "../../entities/audit-entry.entity";
import { Project } from "../../entities/project.entity";

@ObjectType()
export class OrganizationConnection extends Connection(Organization) {}
@ObjectType()
export class UserConnection extends Connection(User) {}
@ObjectType()
export class AllianceConnection extends Connection(Alliance) {}
@ObjectType()
export class MembershipConnection extends Connection(Membership) {}
@ObjectType()
export class AllianceRoleGrantConnection extends Connection(AllianceRoleGrant) {}
@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry) {}
@ObjectType()
export class ProjectConnection extends Connection(Project) {}
