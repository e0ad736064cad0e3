import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Alliance } from "./alliance.entity";
import { Project } from "./project.entity";
import { User } from "./user.entity";

export enum AgreementKind {
  /** The alliance agreement every member signs (Art. 8.2). */
  ALLIANCE = "ALLIANCE",
  /** A project's agreement on ownership, licensing and revenue sharing of results (Art. 8.5). */
  PROJECT = "PROJECT",
}
registerEnumType(AgreementKind, {
  name: "AgreementKind",
  description: "Which agreement: the alliance's own or one project's.",
  valuesConfig: {
    ALLIANCE: {
      description: "The alliance agreement (联盟协议), signed by the legal representatives of all member organizations (Art. 8.2).",
    },
    PROJECT: { description: "A project agreement among the project's participants." },
  },
});

/**
 * A legally binding agreement among the alliance's members (ALLIANCE) or a project's participants
 * (PROJECT). Its terms live in numbered versions; a change of terms is a new version, signed anew.
 * An alliance has at most one alliance agreement and a project at most one project agreement.
 */
@ObjectType({
  implements: Node,
  description:
    "A legally binding agreement among the alliance's members (ALLIANCE) or a project's participants (PROJECT). Its terms live in numbered versions; a change of terms is a new version, signed anew. An alliance has at most one alliance agreement and a project at most one project agreement.",
})
@Entity()
@Index("agreement_alliance_unique", ["allianceId"], { unique: true, where: "kind = 'ALLIANCE'" })
@Index("agreement_project_unique", ["projectId"], { unique: true, where: "project_id IS NOT NULL" })
@Check("agreement_project_kind", "(kind = 'PROJECT') = (project_id IS NOT NULL)")
export class Agreement extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "RESTRICT" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  @Field(() => AgreementKind, { description: "The alliance agreement (联盟协议) or a project agreement." })
  @Column({ type: "enum", enum: AgreementKind, enumName: "agreement_kind" })
  kind!: AgreementKind;

  @Column({ type: "uuid", nullable: true })
  projectId!: string | null;

  @ManyToOne(() => Project, { onDelete: "RESTRICT" })
  @JoinColumn()
  project?: Relation<Project>;

  @Field({ description: "Its title." })
  @Column({ length: 300 })
  title!: string;

  @Column({ type: "uuid", nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  createdBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
