import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { IpAsset } from "./ip-asset.entity";
import { Organization } from "./organization.entity";
import { Project } from "./project.entity";
import { User } from "./user.entity";

/**
 * An IP asset a participant brings to a project as background (as in consortium agreements):
 * declared by an owner, with the conditions on which the other participants may get access to
 * it. Visible with the project, and only to those who may see the asset (a trade secret stays
 * hidden from everyone but its owners and the secretariat). One declaration per asset and project.
 */
@ObjectType({ implements: Node, description: "An IP asset brought to a project as background, with its access conditions." })
@Entity()
@Unique("background_declaration_unique", ["projectId", "ipAssetId"])
export class BackgroundDeclaration extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn()
  project?: Relation<Project>;

  @Index()
  @Column({ type: "uuid" })
  ipAssetId!: string;

  @ManyToOne(() => IpAsset, { onDelete: "CASCADE" })
  @JoinColumn()
  ipAsset?: Relation<IpAsset>;

  /** The owner organization that brings the asset (its ORG_ADMIN declared it). */
  @Index()
  @Column({ type: "uuid" })
  declaredById!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  declaredBy?: Relation<Organization>;

  @Field({ description: "The conditions on which the other participants may get access to the asset." })
  @Column({ type: "text" })
  conditions!: string;

  @Column({ type: "uuid", nullable: true })
  declaredByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  declaredByUser?: Relation<User>;

  @Field(() => GraphQLDateTime, { description: "When it was declared." })
  @CreateDateColumn({ type: "timestamptz" })
  declaredAt!: Date;
}
