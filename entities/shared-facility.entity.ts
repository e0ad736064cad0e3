import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Alliance } from "./alliance.entity";
import { Organization } from "./organization.entity";

/**
 * A public technology platform of the alliance (Art. 5): a test line, a pilot plant, an
 * instrument, hosted by one member and booked by members.
 */
@ObjectType({
  implements: Node,
  description:
    "A public technology platform of the alliance (Art. 5): a test line, a pilot plant, an instrument, hosted by one member and booked by members.",
})
@Entity()
@Unique("shared_facility_name_unique", ["allianceId", "name"])
export class SharedFacility extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: "RESTRICT" })
  @JoinColumn()
  alliance?: Relation<Alliance>;

  @Index()
  @Column({ type: "uuid" })
  hostOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  hostOrganization?: Relation<Organization>;

  @Field({ description: "Its name." })
  @Column({ length: 300 })
  name!: string;

  @Field({ description: "What it offers." })
  @Column({ type: "text", default: "" })
  description!: string;

  @Field({ description: "Where it is." })
  @Column({ length: 300, default: "" })
  location!: string;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
