/** Value types of consent (Art. 8.5): approvals of benefit plans and of changes of IP owners. */
import { Field, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "../../src/graphql/scalars";
import { Connection } from "../../src/graphql/connection";
import { IpOwnershipChange } from "../../entities/ip-ownership-change.entity";

@ObjectType({ description: "One organization's approval of a benefit plan or of a change of IP owners." })
export class ConsentApproval {
  organizationId!: string;
  approvedById!: string | null;

  @Field(() => GraphQLDateTime, { description: "When its ORG_ADMIN approved." })
  approvedAt!: Date;
}

@ObjectType({ description: "One owner's share as a change of IP owners proposes it, or as the owners stood when it was proposed." })
export class IpOwnerShare {
  organizationId!: string;

  @Field(() => Int, { description: "10000 = 100%." })
  basisPoints!: number;
}

@ObjectType({ description: "A page of proposed changes of IP owners." })
export class IpOwnershipChangeConnection extends Connection(IpOwnershipChange) {}
