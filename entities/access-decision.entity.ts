import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { AccessRequest } from "./access-request.entity";
import { AccessTerms } from "./access-terms";
import { Organization } from "./organization.entity";
import { User } from "./user.entity";

/** One owner's decision on an access request, with the terms it grants on. Visible with the request. */
@ObjectType({ implements: Node, description: "One owner's grant or refusal of an access request." })
@Entity()
@Unique("access_decision_owner_unique", ["requestId", "organizationId"])
export class AccessDecision extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  requestId!: string;

  @ManyToOne(() => AccessRequest, { onDelete: "CASCADE" })
  @JoinColumn()
  request?: Relation<AccessRequest>;

  /** The owner organization deciding. */
  @Index()
  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column({ type: "uuid", nullable: true })
  decidedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  decidedByUser?: Relation<User>;

  @Field({ description: "True: granted; false: refused." })
  @Column()
  grant!: boolean;

  /** The terms this owner grants on (none for a refusal). */
  @Column(() => AccessTerms, { prefix: "terms" })
  terms!: AccessTerms;

  @Field(() => String, { nullable: true, description: "The owner's reason, if given." })
  @Column({ type: "text", nullable: true })
  reason!: string | null;

  @Field(() => GraphQLDateTime, { description: "When the owner decided." })
  @Column({ type: "timestamptz" })
  decidedAt!: Date;
}
