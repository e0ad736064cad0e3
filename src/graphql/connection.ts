/**
 * Relay connections: `edges { cursor node }`, `pageInfo`, `totalCount`, with
 * `first` (default 20, at most 100) and `after`.
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

  @Field({ nullable: true, description: "The `endCursor` of the previous page." })
  after?: string;
}

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: Promise<number>;
}

/** Builds `<Node>Connection` and `<Node>Edge` for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field() cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge]) edges: { cursor: string; node: T }[];
    @Field(() => PageInfo) pageInfo: PageInfo;
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
