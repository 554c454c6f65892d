import type { GraphQLRequestContext } from '@apollo/server';
import type { RequestContext } from '../modules/common/request-context';
import type { FacilityFilter } from '../modules/facility/facility.resolver';
import type { RegionLevel } from '../modules/region/region.entity';
import { FacilityDimension } from '../modules/comparison/summary.types';
import { facilitySummaryJson } from '../modules/comparison/summaries';
import { isPlainField, jsonSelection, rootArguments } from './flat-selection';

/**
 * A response PostgreSQL wrote (in whole or in part): the body GraphQL is given to send in its
 * place (`{"data":{…}}` with each root field a stand-in), and the real body in pieces of JSON
 * text, written one after another.
 */
export interface FlatAnswer {
  standIn: { data: Record<string, unknown> };
  chunks: string[];
}

/** The body Apollo writes for a stand-in result. */
export function standInBody(flat: FlatAnswer): string {
  return `${JSON.stringify(flat.standIn)}\n`;
}

/**
 * The whole response as UTF-8 bytes, written into one buffer: a country's answer is 0.4 MB, and
 * every copy of it is memory the collector has to account for.
 */
export function flatResponse({ chunks }: FlatAnswer): Buffer {
  let size = 0;
  for (const chunk of chunks) {
    size += Buffer.byteLength(chunk);
  }
  const body = Buffer.allocUnsafe(size);
  let at = 0;
  for (const chunk of chunks) {
    at += body.write(chunk, at);
  }
  return body;
}

/** `{"data":{name:[parts joined by commas]}}`: a root field's list written in parts. */
function listAnswer(name: string, parts: string[]): FlatAnswer {
  const chunks = [`{"data":{${JSON.stringify(name)}:[`];
  for (const [i, part] of parts.entries()) {
    chunks.push(...(i > 0 ? [',', part] : [part]));
  }
  chunks.push(']}}\n');
  return { standIn: { data: { [name]: [] } }, chunks };
}

/** The fields of a summary group PostgreSQL writes itself; any other field goes through GraphQL. */
const GROUP_FIELDS = new Set([
  'year',
  'type',
  'status',
  'projectType',
  'count',
  'quantity',
  'investmentYuan',
  'areaM2',
  'lengthKm',
]);
const REGION_FIELDS = new Set(['code', 'name']);

/**
 * A `facilitySummary` asked alone with a flat selection (the group's plain fields and
 * `region { code name }`, no fragment, directive or `__typename`), answered as JSON PostgreSQL
 * builds: the answer a country-wide question gives is thousands of rows, each of which GraphQL
 * execution and `JSON.stringify` took ten times longer to write than the statement took to group.
 * Null for any other operation, or whenever the arguments are not the plain ones (a variable that
 * does not coerce, a root `region`/`year`/`years`, an unknown region): those go through GraphQL,
 * which answers or refuses them as it always has.
 */
export async function flatAnswer(
  request: GraphQLRequestContext<RequestContext>,
): Promise<FlatAnswer | null> {
  const operation = request.operation!;
  const [root, ...more] = operation.selectionSet.selections;
  if (more.length > 0 || !isPlainField(root) || root.name.value !== 'facilitySummary') {
    return null;
  }
  const fields = jsonSelection(root, (name) => GROUP_FIELDS.has(name), REGION_FIELDS);
  const [args] = (fields && rootArguments(request, [root])) ?? [];
  if (!fields || !args || args.region != null || args.year != null || args.years != null) {
    return null;
  }
  const { services } = request.contextValue;
  try {
    const parts = await facilitySummaryJson(
      services.db,
      services.regions,
      (args.filter as FacilityFilter | null | undefined) ?? null,
      (args.groupBy as FacilityDimension[] | null | undefined) ?? [FacilityDimension.REGION],
      (args.rollupTo as RegionLevel | null | undefined) ?? null,
      fields,
    );
    return parts === null ? null : listAnswer(root.alias?.value ?? root.name.value, parts);
  } catch {
    // a refusal (an unknown region, no grouping) is said by the resolver, in the reader's words
    return null;
  }
}
