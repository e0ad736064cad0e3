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

@ObjectType({ description: "A page of Organization rows (a Relay connection)." })
export class OrganizationConnection extends Connection(Organization) {}
@ObjectType({ description: "A page of User rows (a Relay connection)." })
export class UserConnection extends Connection(User) {}
@ObjectType({ description: "A page of Alliance rows (a Relay connection)." })
export class AllianceConnection extends Connection(Alliance) {}
@ObjectType({ description: "A page of Membership rows (a Relay connection)." })
export class MembershipConnection extends Connection(Membership) {}
@ObjectType({ description: "A page of AllianceRoleGrant rows (a Relay connection)." })
export class AllianceRoleGrantConnection extends Connection(AllianceRoleGrant) {}
@ObjectType({ description: "A page of AuditEntry rows (a Relay connection)." })
export class AuditEntryConnection extends Connection(AuditEntry) {}
@ObjectType({ description: "A page of Project rows (a Relay connection)." })
export class ProjectConnection extends Connection(Project) {}
