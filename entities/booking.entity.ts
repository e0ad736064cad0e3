import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Organization } from "./organization.entity";
import { SharedFacility } from "./shared-facility.entity";
import { User } from "./user.entity";

export enum BookingStatus {
  CONFIRMED = "CONFIRMED",
  CANCELLED = "CANCELLED",
}
registerEnumType(BookingStatus, {
  name: "BookingStatus",
  description: "Whether a booking holds.",
  valuesConfig: { CONFIRMED: { description: "The slot is reserved." }, CANCELLED: { description: "Released." } },
});

/**
 * A member's use of a shared facility over `[start, end)`. Two confirmed bookings of one facility
 * never overlap: a GiST exclusion constraint (btree_gist) decides, so racing requests cannot both win.
 */
@ObjectType({
  implements: Node,
  description:
    "A member's use of a shared facility over `[start, end)`. Two confirmed bookings of one facility never overlap: a GiST exclusion constraint (btree_gist) decides, so racing requests cannot both win.",
})
@Entity()
@Check("booking_end_after_start", `"ends_at" > "starts_at"`)
@Exclusion(
  "booking_no_overlap",
  `USING gist ("facility_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" = 'CONFIRMED')`,
)
export class Booking extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  facilityId!: string;

  @ManyToOne(() => SharedFacility, { onDelete: "RESTRICT" })
  @JoinColumn()
  facility?: Relation<SharedFacility>;

  /** The booking member organization. */
  @Index()
  @Column({ type: "uuid" })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column({ type: "uuid", nullable: true })
  bookedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  bookedBy?: Relation<User>;

  @Field(() => GraphQLDateTime, { description: "When the slot starts." })
  @Column({ name: "starts_at", type: "timestamptz" })
  start!: Date;

  @Field(() => GraphQLDateTime, { description: "When the slot ends." })
  @Column({ name: "ends_at", type: "timestamptz" })
  end!: Date;

  @Field({ description: "What it is for." })
  @Column({ length: 1000 })
  purpose!: string;

  @Field(() => BookingStatus, { description: "Whether it holds." })
  @Column({ type: "enum", enum: BookingStatus, enumName: "booking_status", default: BookingStatus.CONFIRMED })
  status!: BookingStatus;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was cancelled (null while it holds)." })
  @Column({ type: "timestamptz", nullable: true })
  cancelledAt!: Date | null;
}
