import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Alliance } from "./alliance.entity";
import { User } from "./user.entity";

export enum AllianceRole {
  /** The alliance's executive body: runs membership, agreements, funds and the pilot application. */
  SECRETARIAT = "SECRETARIAT",
  /** Reads everything in the alliance except trade secrets, and writes nothing. */
  ANALYST = "ANALYST",
  /**
   * A department supervising the government funds the alliance uses (Art. 8.4): reads the
   * government-funded projects of the alliance — funding, expenses, costs, effort, reports — and
   * nothing else, and writes nothing.
   */
  GOVERNMENT_SUPERVISOR = "GOVERNMENT_SUPERVISOR",
}
registerEnumType(AllianceRole, {
  name: "AllianceRole",
  description: "A role a user holds in one alliance, besides their organization's membership.",
  valuesConfig: {
    SECRETARIAT: { description: "Runs the alliance's daily affairs (秘书处, the executive body's staff): membership, agreements, funds." },
    ANALYST: { description: "Reads and aggregates everything of the alliance, changes nothing." },
    GOVERNMENT_SUPERVISOR: {
      description:
        "A government department supervising the government funds the alliance uses (Art. 8.4): reads the government-funded projects' funding, expenses, costs, effort and reports, changes nothing.",
    },
  },
});

/** A user's role in one alliance. */
@ObjectType({ implements: Node, description: "A user's role in one alliance." })
@Entity()
@Unique("alliance_role_grant_unique", ["allianceId", "userId", "role"])
export class AllianceRoleGrant extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "CASCADE" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  @Index()
  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn()
  user?: Relation<User>;

  @Field(() => AllianceRole, { description: "The role." })
  @Column({ type: "enum", enum: AllianceRole, enumName: "alliance_role" })
  role!: AllianceRole;

  @Field(() => GraphQLDateTime, { description: "When it was granted." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
