/** Connection types of agreements, breach records, governing bodies, their motions, policies, IP assets, background and access requests. */
import { ObjectType } from "type-graphql";
import { Connection } from "../../src/graphql/connection";
import { Agreement } from "../../entities/agreement.entity";
import { BreachRecord } from "../../entities/breach-record.entity";
import { GoverningBody } from "../../entities/governing-body.entity";
import { PolicyDocument } from "../../entities/policy-document.entity";
import { IpAsset } from "../../entities/ip-asset.entity";
import { BackgroundDeclaration } from "../../entities/background-declaration.entity";
import { AccessRequest } from "../../entities/access-request.entity";
import { Motion } from "../../entities/motion.entity";

@ObjectType({ description: "A page of Agreement rows (a Relay connection)." })
export class AgreementConnection extends Connection(Agreement) {}
@ObjectType({ description: "A page of BreachRecord rows (a Relay connection)." })
export class BreachRecordConnection extends Connection(BreachRecord) {}
@ObjectType({ description: "A page of GoverningBody rows (a Relay connection)." })
export class GoverningBodyConnection extends Connection(GoverningBody) {}
@ObjectType({ description: "A page of PolicyDocument rows (a Relay connection)." })
export class PolicyDocumentConnection extends Connection(PolicyDocument) {}
@ObjectType({ description: "A page of IpAsset rows (a Relay connection)." })
export class IpAssetConnection extends Connection(IpAsset) {}
@ObjectType({ description: "A page of BackgroundDeclaration rows (a Relay connection)." })
export class BackgroundDeclarationConnection extends Connection(BackgroundDeclaration) {}
@ObjectType({ description: "A page of AccessRequest rows (a Relay connection)." })
export class AccessRequestConnection extends Connection(AccessRequest) {}
@ObjectType({ description: "A page of Motion rows (a Relay connection)." })
export class MotionConnection extends Connection(Motion) {}
