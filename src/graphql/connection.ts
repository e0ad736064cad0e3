/**
 * Relay connections (the cursor connections specification): `edges { cursor node }`, `pageInfo`,
 * `totalCount`, paged forward with `first` (default 20, at most 100) and `after`, or backward with
 * `last` and `before`.
 */
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { Max, Min } from "class-validator";

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from "../db/keyset";

export { DEFAULT_PAGE_SIZE, type Page };

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.` })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field({ nullable: true, description: "The rows after this cursor (the `endCursor` of the page before)." })
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: `Read backward: the last rows (before \`before\`, if given), at most ${MAX_PAGE_SIZE}; not with \`first\`.`,
  })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field({ nullable: true, description: "The rows before this cursor (the `startCursor` of the page after)." })
  before?: string;
}

@ObjectType({ simpleResolvers: true, description: "Where a page stands in its list." })
export class PageInfo {
  @Field({ description: "Rows follow this page (with `last`/`before`: true when `before` was given)." })
  hasNextPage!: boolean;
  @Field({ description: "Rows precede this page (with `first`/`after`: true when `after` was given)." })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: "The first edge's cursor." }) startCursor!: string | null;
  @Field(() => String, { nullable: true, description: "The last edge's cursor." }) endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: Promise<number>;
}

/** Builds `<Node>Connection` and `<Node>Edge` for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} of a page, with its cursor.` })
  class Edge {
    @Field({ description: "This row's place in the list, for `after` and `before`." }) cursor!: string;
    @Field(() => nodeType, { description: `The ${name}.` }) node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} rows (a Relay connection).` })
  class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge], { description: "The page's rows, in order." }) edges: { cursor: string; node: T }[];
    @Field(() => PageInfo, { description: "Where the page stands in the list." }) pageInfo: PageInfo;
    private readonly count: () => Promise<number>;

    constructor(page: Page<T>) {
      this.edges = page.edges;
      this.pageInfo = page.pageInfo;
      this.count = page.count;
    }

    @Field(() => Int, { description: "Rows matching the filter that the viewer may see." })
    get totalCount(): Promise<number> {
      return this.count();
    }
  }
  return ConnectionClass;
}
