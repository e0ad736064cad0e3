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

@ObjectType()
export class AgreementConnection extends Connection(Agreement) {}
@ObjectType()
export class BreachRecordConnection extends Connection(BreachRecord) {}
@ObjectType()
export class GoverningBodyConnection extends Connection(GoverningBody) {}
@ObjectType()
export class PolicyDocumentConnection extends Connection(PolicyDocument) {}
@ObjectType()
export class IpAssetConnection extends Connection(IpAsset) {}
@ObjectType()
export class BackgroundDeclarationConnection extends Connection(BackgroundDeclaration) {}
@ObjectType()
export class AccessRequestConnection extends Connection(AccessRequest) {}
@ObjectType()
export class MotionConnection extends Connection(Motion) {}
