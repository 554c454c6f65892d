import type { Measurement } from './measure';
import type { Scenario } from './scenarios';

export interface Outcome {
  scenario: Scenario;
  measurement?: Measurement;
  /** Why it was not measured (its query is not in the schema yet, or it failed). */
  skipped?: string;
  note?: string;
}

const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0);

/** The result table: one line per scenario, then the targets the issue sets. */
export function formatTable(outcomes: Outcome[]): string {
  const header = [
    'scenario',
    'req/s',
    'p50 ms',
    'p99 ms',
    'alone ms',
    'of it SQL',
    'SQL/req (under load)',
    'rows',
    'target p99',
  ];
  const measured = outcomes.filter((o) => o.measurement);
  const lines = measured.map(({ scenario, measurement: m }) => [
    scenario.name,
    m!.reqPerSec.toFixed(0),
    ms(m!.p50),
    ms(m!.p99),
    ms(m!.aloneMs),
    ms(m!.slowest.reduce((sum, st) => sum + st.ms, 0)),
    `${m!.statements} (${m!.statementsUnderLoad.toFixed(2)})`,
    String(m!.rows),
    scenario.p99TargetMs
      ? `≤ ${scenario.p99TargetMs} ms ${verdict(m!.p99 <= scenario.p99TargetMs)}`
      : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const skipped = outcomes
    .filter((o) => o.skipped)
    .map((o) => `${o.scenario.name}: not measured (${o.skipped})`);
  return [row(header), ...lines.map(row), ...skipped].join('\n');
}

/** Page 50 against page 1: keyset pagination should keep it within twice the time. */
export function formatPaging(outcomes: Outcome[]): string {
  const [first, fiftieth] = [/page 1$/, /page 50$/].map(
    (re) => outcomes.find((o) => re.test(o.scenario.name))?.measurement,
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
    .filter((o) => o.measurement)
    .map(({ scenario, measurement: m, note }) => {
      const top = m!.slowest
        .slice(0, 3)
        .map((s) => `    ${s.ms.toFixed(1)} ms  ${oneLine(s.sql).slice(0, 220)}`);
      return [
        `  ${scenario.name}${note ? ` (${note})` : ''}: ${m!.statements} statements, ${m!.failures} failed requests`,
        ...top,
      ].join('\n');
    })
    .join('\n');
}

/** Scenarios whose p99 is over their target, or page 50 when it is over twice page 1. */
export function missed(outcomes: Outcome[]): Outcome[] {
  const over = outcomes.filter(
    (o) => o.measurement && o.scenario.p99TargetMs && o.measurement.p99 > o.scenario.p99TargetMs,
  );
  const first = outcomes.find((o) => /page 1$/.test(o.scenario.name))?.measurement;
  const fiftieth = outcomes.find((o) => /page 50$/.test(o.scenario.name));
  if (
    first &&
    fiftieth?.measurement &&
    (fiftieth.measurement.p50 > 2 * first.p50 || fiftieth.measurement.p99 > 2 * first.p99)
  ) {
    over.push(fiftieth);
  }
  return over;
}

export const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim();

function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}
