import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { encodeCursor } from './cursor';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more rows follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: 'Whether rows precede this page (true when `after` was given).',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first row of the page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last row; pass it as `after`.',
  })
  endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf: (node: T) => string | number;
  count: () => Promise<number>;
}

export interface ConnectionShape<T> {
  totalCount(): Promise<number>;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/**
 * Builds the `XConnection` and `XEdge` types of a node type, in the classic Relay shape
 * (`edges: [XEdge]`, `node: X`) that BI connectors expect; the list fields returning it are
 * nullable too (see `connectionField`). `T` is what a page holds: instances of the class, or
 * plain rows with its property names (a read-only list).
 */
export function Connection<C extends object, T extends object = C>(
  nodeType: ClassType<C>,
  name: string,
) {
  @ObjectType(`${name}Edge`, { description: `One ${name} with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this row.' })
    cursor!: string;

    // Nullable, like graphql-relay-js and GitHub's API: BI connectors read only this shape.
    @Field(() => nodeType, { nullable: true, description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} rows.` })
  class ConnectionType implements ConnectionShape<T> {
    constructor(private readonly page: Page<T>) {}

    @Field(() => Int, { description: 'Rows matching the filter, over all pages.' })
    totalCount(): Promise<number> {
      return this.page.count();
    }

    @Field(() => [nodeType], { description: `The ${name} rows of this page.` })
    get nodes(): T[] {
      return this.page.nodes;
    }

    @Field(() => [Edge], {
      nullable: 'itemsAndList',
      description: `The ${name} rows of this page, with cursors.`,
    })
    get edges(): { cursor: string; node: T }[] {
      return this.page.nodes.map((node) => ({
        cursor: encodeCursor(this.page.cursorOf(node)),
        node,
      }));
    }

    @Field(() => PageInfo, { description: 'Where this page stands.' })
    get pageInfo(): PageInfo {
      const { nodes } = this.page;
      const cursor = (node: T | undefined) =>
        node ? encodeCursor(this.page.cursorOf(node)) : null;
      return {
        hasNextPage: this.page.hasNextPage,
        hasPreviousPage: this.page.hasPreviousPage,
        startCursor: cursor(nodes[0]),
        endCursor: cursor(nodes[nodes.length - 1]),
      };
    }
  }
  return ConnectionType;
}

/** How a query returning a connection declares it: nullable, as Relay connectors expect. */
export const CONNECTION_FIELD = { nullable: true } as const;
