import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { FieldNode } from 'graphql';
import type { Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../modules/common/request-context';
import { decide, Need } from '../modules/access';
import { encodeCursor } from '../modules/common/cursor';
import { flatWhere, type FlatFilterArgs, type SqlCondition } from '../modules/common/filters';
import type { FieldJson } from '../modules/common/json-sql';
import { pageJson } from '../modules/common/page-json';
import { countRows, type PageArgs, type RowSource } from '../modules/common/paginate';
import { eventWhere, type EventFilter } from '../modules/event/event.resolver';
import { EVENT_JSON, EVENT_ROWS } from '../modules/event/event.rows';
import { facilityWhere, type FacilityFilter } from '../modules/facility/facility.resolver';
import { FACILITY_JSON, FACILITY_ROWS } from '../modules/facility/facility.rows';
import type { RegionIndex } from '../regions/region-index';
import { single } from './answer-plugin';
import type { FlatAnswer } from './flat-answer';
import {
  distinct,
  isPlainField,
  jsonSelection,
  keyOf,
  leaves,
  rootArguments,
} from './flat-selection';

/** The lists PostgreSQL can write as JSON: their rows, node fields and conditions. */
const LISTS: Record<string, List> = {
  facilities: {
    rows: FACILITY_ROWS,
    json: FACILITY_JSON,
    where: (regions, filter) => facilityWhere(regions, filter as FacilityFilter | null),
  },
  events: {
    rows: EVENT_ROWS,
    json: EVENT_JSON,
    where: (regions, filter) => eventWhere(regions, filter as EventFilter | null),
  },
};

interface List {
  rows: RowSource<{ id: number }>;
  json: FieldJson;
  where: (regions: RegionIndex, filter: unknown) => SqlCondition[];
}

const PAGE_INFO = new Set(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);
const REGION_RECORD = new Set(['code', 'name', 'fullName', 'level']);

/**
 * Answers a query of lists (`facilities`, `events`, with `region(code)` beside them) with JSON
 * PostgreSQL writes, skipping GraphQL execution: a BI tool pages through thousands of rows, and
 * executing each row's fields cost the server more than the statement cost the database. Only
 * plain selections (fields, aliases, a node's `region { code name fullName level }`; no fragment,
 * directive or `__typename`) of the fields the lists' tables name are taken; anything else, and
 * any argument the lists would refuse, goes through GraphQL, which answers or refuses as it
 * always has.
 */
export function flatListPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(request: GraphQLRequestContext<RequestContext>) {
          const { res } = request.contextValue;
          if (res.locals.spliceAnswers !== true) {
            return null;
          }
          const flat = await flatListAnswer(request);
          if (!flat) {
            return null;
          }
          res.locals.splicedAnswer = flat;
          return single(flat.standIn, request);
        },
      };
    },
  };
}

/** A root field's answer: JSON text, once its statements have run. */
type Answer = () => Promise<string>;

async function flatListAnswer(
  request: GraphQLRequestContext<RequestContext>,
): Promise<FlatAnswer | null> {
  const operation = request.operation;
  const roots = operation?.selectionSet.selections ?? [];
  if (
    operation?.operation !== 'query' ||
    !roots.every(isPlainField) ||
    !roots.some((root) => Object.hasOwn(LISTS, root.name.value)) ||
    !(await decide(request.contextValue.auth, Need.READ)).ok
  ) {
    return null;
  }
  const args = rootArguments(request, roots as FieldNode[]);
  if (!args) {
    return null;
  }
  const { services } = request.contextValue;
  const answers: [string, Answer][] = [];
  for (const [i, root] of (roots as FieldNode[]).entries()) {
    const answer =
      root.name.value === 'region'
        ? regionAnswer(services.regions, args[i], root)
        : listAnswer(services.reads(), services.regions, root, args[i]);
    if (!answer) {
      return null;
    }
    answers.push([keyOf(root), answer]);
  }
  if (!distinct(answers.map(([key]) => ({ key })))) {
    return null;
  }
  try {
    const texts = await Promise.all(answers.map(([, answer]) => answer()));
    const chunks = ['{"data":{'];
    for (const [i, [key]] of answers.entries()) {
      chunks.push(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`, texts[i]);
    }
    chunks.push('}}\n');
    return { standIn: { data: Object.fromEntries(answers.map(([key]) => [key, null])) }, chunks };
  } catch {
    // a refusal (an unknown region, a bad cursor) is said by the resolvers, in the reader's words
    return null;
  }
}

/** `region(code)` from the regions held in memory, as the resolver answers it. */
function regionAnswer(
  regions: RegionIndex,
  args: Record<string, unknown>,
  root: FieldNode,
): Answer | null {
  const fields = leaves(root, REGION_RECORD);
  if (!fields) {
    return null;
  }
  const record = regions.get(args.code as string);
  const text = record
    ? JSON.stringify(Object.fromEntries(fields.map((f) => [f.key, record[f.field as 'code']])))
    : 'null';
  return () => Promise.resolve(text);
}

/** A list's connection: its nodes from PostgreSQL, pageInfo and totalCount beside them. */
function listAnswer(
  db: Knex,
  regions: RegionIndex,
  root: FieldNode,
  args: Record<string, unknown>,
): Answer | null {
  const list = Object.hasOwn(LISTS, root.name.value) ? LISTS[root.name.value] : undefined;
  const parts = root.selectionSet?.selections ?? [];
  if (!list || !parts.every(isPlainField)) {
    return null;
  }
  const fields = parts.map((part) => ({ key: keyOf(part), field: part.name.value, part }));
  const nodes = fields.find((f) => f.field === 'nodes');
  const nodeFields = nodes ? jsonSelection(nodes.part, () => true, REGION_RECORD) : [];
  const pageInfo = fields.find((f) => f.field === 'pageInfo');
  const infoFields = pageInfo ? leaves(pageInfo.part, PAGE_INFO) : [];
  const known = fields.every((f) => ['nodes', 'pageInfo', 'totalCount'].includes(f.field));
  if (!known || !nodeFields || !infoFields || !distinct(fields)) {
    return null;
  }
  return async () => {
    const where = [
      ...list.where(regions, args.filter ?? null),
      ...flatWhere(args as FlatFilterArgs, regions),
    ];
    const [page, count] = await Promise.all([
      pageJson(db, list.rows, list.json, where, args as PageArgs, nodeFields),
      fields.some((f) => f.field === 'totalCount') ? countRows(db, list.rows.table, where) : null,
    ]);
    if (!page) {
      throw new Error('a node field has no JSON');
    }
    const cursor = (id: number | null) => (id === null ? null : encodeCursor(id));
    const info: Record<string, unknown> = {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: cursor(page.firstId),
      endCursor: cursor(page.lastId),
    };
    const values = fields.map(({ key, field }) => {
      const value =
        field === 'nodes'
          ? `[${page.nodes}]`
          : field === 'totalCount'
            ? String(count)
            : JSON.stringify(Object.fromEntries(infoFields!.map((f) => [f.key, info[f.field]])));
      return `${JSON.stringify(key)}:${value}`;
    });
    return `{${values.join(',')}}`;
  };
}
