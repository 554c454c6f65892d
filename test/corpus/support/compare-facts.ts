import type { ExpectedFacts } from '../corpus-entry';
import type { Kind } from './corpus-client';
import type { FactNode } from './batch-types';

type Flat = Record<string, unknown>;

// ledger-spec §2 and the API contract: what a fact holds when the ledger says nothing of a field.
const DEFAULTS: Record<Kind, Flat> = {
  facilities: {
    projectType: null,
    status: 'COMPLETED',
    quantity: 1,
    investmentYuan: null,
    areaM2: null,
    lengthKm: null,
    completedOn: null,
    completedOnPrecision: null,
    fundingSource: null,
    address: null,
    notes: null,
    approximateFields: [],
  },
  events: {
    startDate: null,
    endDate: null,
    datePrecision: null,
    level: null,
    category: null,
    sport: null,
    format: null,
    organizer: null,
    participants: null,
    teams: null,
    notes: null,
    approximateFields: [],
  },
  results: {
    group: 'ALL',
    sport: null,
    athletes: null,
    gold: null,
    silver: null,
    bronze: null,
    medals: null,
    points: null,
    medalRank: null,
    goldRank: null,
    pointsRank: null,
    placement: null,
    honors: null,
    notes: null,
    startDate: null,
    endDate: null,
    datePrecision: null,
    approximateFields: [],
  },
  indicators: { approximate: false, notes: null },
};

/** Every field of an expected fact, defaults filled in; the derived ones computed. */
function completed(kind: Kind, fact: Flat): Flat {
  const full: Flat = { ...DEFAULTS[kind], ...fact };
  if (kind === 'facilities' && full.completedOn !== null && !('completedOnPrecision' in fact)) {
    full.completedOnPrecision = 'DAY';
  }
  if (kind !== 'facilities' && kind !== 'indicators' && full.startDate !== null) {
    full.datePrecision ??= 'DAY';
  }
  const medals = [full.gold, full.silver, full.bronze];
  if (kind === 'results' && !('medals' in fact) && medals.every((m) => typeof m === 'number')) {
    full.medals = (medals as number[]).reduce((a, b) => a + b, 0);
  }
  return full;
}

/** The node's value for an expected field; undefined when the schema has no such field. */
function actualValue(node: FactNode, field: string): unknown {
  const nested: Record<string, [string, string]> = {
    region: ['region', 'code'],
    competition: ['competition', 'name'],
    metric: ['metric', 'key'],
  };
  if (field in nested) {
    const [outer, inner] = nested[field];
    return (node[outer] as Flat | undefined)?.[inner];
  }
  return node[field];
}

function same(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Math.abs(expected - actual) <= 1e-6 * Math.max(1, Math.abs(expected));
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return JSON.stringify([...expected].sort()) === JSON.stringify([...actual].sort());
  }
  return expected === actual;
}

function keyOf(kind: Kind, sheet: unknown, row: unknown, metric: unknown): string {
  return kind === 'indicators' ? `${sheet}!${row} ${metric}` : `${sheet}!${row}`;
}

/** Each difference between the facts the entry means and the facts the batch stored, as a line. */
export function factDifferences(
  expected: ExpectedFacts,
  actual: Record<Kind, FactNode[]>,
): string[] {
  const lines: string[] = [];
  for (const kind of Object.keys(actual) as Kind[]) {
    const stored = new Map<string, FactNode[]>();
    for (const node of actual[kind]) {
      const key = keyOf(kind, node.source.sheet, node.source.row, actualValue(node, 'metric'));
      stored.set(key, [...(stored.get(key) ?? []), node]);
    }
    for (const fact of (expected[kind] ?? []) as unknown as Flat[]) {
      const key = keyOf(kind, fact.sheet, fact.row, fact.metric);
      const [node, ...more] = stored.get(key) ?? [];
      stored.delete(key);
      if (!node) {
        lines.push(`${kind} ${key}: not stored (expected ${describe(fact)})`);
        continue;
      }
      more.forEach((extra) => lines.push(`${kind} ${key}: stored twice (${describe(extra)})`));
      lines.push(...fieldDifferences(kind, key, completed(kind, fact), node));
    }
    for (const [key, nodes] of stored) {
      nodes.forEach((node) =>
        lines.push(`${kind} ${key}: stored but not in the ledger's meaning (${describe(node)})`),
      );
    }
  }
  return lines;
}

function fieldDifferences(kind: Kind, key: string, fact: Flat, node: FactNode): string[] {
  const lines: string[] = [];
  for (const [field, want] of Object.entries(fact)) {
    if (field === 'sheet' || field === 'row') {
      continue;
    }
    const got = actualValue(node, field);
    if (got === undefined) {
      lines.push(
        `${kind} ${key}: ${field} is not in the schema (expected ${JSON.stringify(want)})`,
      );
    } else if (!same(want, got)) {
      lines.push(
        `${kind} ${key}: ${field} expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`,
      );
    }
  }
  return lines;
}

function describe(fact: Flat): string {
  const { source: _source, ...rest } = fact;
  return JSON.stringify(rest);
}
