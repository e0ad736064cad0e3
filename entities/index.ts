import { Organization } from "./organization.entity";
import { User } from "./user.entity";
import { Alliance } from "./alliance.entity";
import { Membership } from "./membership.entity";
import { AllianceRoleGrant } from "./alliance-role-grant.entity";
import { AuditEntry } from "./audit-entry.entity";

/** Every entity of the data model, registered with the DataSource. */
export const entities = [Organization, User, Alliance, Membership, AllianceRoleGrant, AuditEntry];
