import type { Measurement } from './measure';
import type { Scenario } from './scenarios';

export interface Outcome {
  scenario: Scenario;
  /** The same arguments again and again (answers kept until the data changes). */
  repeated?: Measurement;
  /** New arguments on every request. */
  firstAsk?: Measurement;
  /** Why it was not measured (its query is not in the schema yet, or it failed). */
  skipped?: string;
  note?: string;
  firstAskNote?: string;
}

const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

const PATHS = [
  ['repeated', 'repeated'],
  ['firstAsk', 'first ask'],
] as const;

/** The result table: two lines per scenario (repeated, first ask), then what was skipped. */
export function formatTable(outcomes: Outcome[]): string {
  const header = [
    'scenario',
    'path',
    'req/s',
    'p50 ms',
    'p99 ms',
    'CPU ms/req',
    'alone ms',
    'of it SQL',
    'SQL/req (under load)',
    'rows',
    'RSS MB (peak)',
    'target p99',
  ];
  const lines = outcomes.flatMap((outcome) =>
    PATHS.filter(([key]) => outcome[key]).map(([key, label]) => {
      const m = outcome[key]!;
      const target = outcome.scenario.p99TargetMs;
      return [
        outcome.scenario.name,
        label,
        m.reqPerSec.toFixed(0),
        ms(m.p50),
        ms(m.p99),
        m.cpuMsPerRequest.toFixed(2),
        ms(m.aloneMs),
        ms(m.slowest.reduce((sum, st) => sum + st.ms, 0)),
        `${m.statements} (${m.statementsUnderLoad.toFixed(2)})`,
        String(m.rows),
        `${mb(m.rssBytes)} (${mb(m.peakRssBytes)})`,
        target ? `≤ ${target} ms ${verdict(m.p99 <= target)}` : '',
      ];
    }),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const skipped = outcomes
    .filter((o) => o.skipped)
    .map((o) => `${o.scenario.name}: not measured (${o.skipped})`);
  return [row(header), ...lines.map(row), ...skipped].join('\n');
}

/** Page 50 against page 1 (repeated): keyset pagination should keep it within twice the time. */
export function formatPaging(outcomes: Outcome[]): string {
  const [first, fiftieth] = [/page 1$/, /page 50$/].map(
    (re) => outcomes.find((o) => re.test(o.scenario.name))?.repeated,
  );
  if (!first || !fiftieth) {
    return 'page 50 vs page 1: not measured';
  }
  const p50 = fiftieth.p50 / first.p50;
  const p99 = fiftieth.p99 / first.p99;
  return `page 50 vs page 1: p50 ×${p50.toFixed(2)}, p99 ×${p99.toFixed(2)} (target ≤ ×2) ${verdict(p50 <= 2 && p99 <= 2)}`;
}

/** What each measured request sent to the database, slowest statements first. */
export function formatStatements(outcomes: Outcome[]): string {
  return outcomes
    .flatMap((outcome) =>
      PATHS.filter(([key]) => outcome[key]).map(([key, label]) => {
        const m = outcome[key]!;
        const about = key === 'repeated' ? outcome.note : outcome.firstAskNote;
        const top = m.slowest
          .slice(0, 3)
          .map((s) => `    ${s.ms.toFixed(1)} ms  ${oneLine(s.sql).slice(0, 220)}`);
        return [
          `  ${outcome.scenario.name}, ${label}${about ? ` (${about})` : ''}: ${m.statements} statements, ${m.failures} failed requests`,
          ...top,
        ].join('\n');
      }),
    )
    .join('\n');
}

/** Measurements whose p99 is over their scenario's target, with the path they were taken on. */
export function missed(outcomes: Outcome[]): { outcome: Outcome; path: string; m: Measurement }[] {
  return outcomes.flatMap((outcome) =>
    PATHS.filter(([key]) => {
      const m = outcome[key];
      const target = outcome.scenario.p99TargetMs;
      return m && target && m.p99 > target && m.slowest.length > 0;
    }).map(([key, label]) => ({ outcome, path: label, m: outcome[key]! })),
  );
}

export const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim();

function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}
