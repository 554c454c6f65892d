import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { corpus } from './corpus';
import type { CorpusEntry } from './corpus-entry';
import { unaccountedCells } from './support/cell-accounting';
import { entryProblems } from './support/check-entry';
import { CorpusClient } from './support/corpus-client';
import { startTestApp, type TestApp } from '../support/test-app';

// Issue "real bureau ledgers": the corpus of layouts the importer is judged by. Each workbook is
// uploaded once through GraphQL; its facts are read back from the lists and compared field by
// field with what the ledger means, or its refusal with the cells it must name. A summary of
// every entry is written to test-artifacts/corpus-report.md.

// Uploads queue behind one another (support/corpus-client.ts): a test may wait for a few.
const QUEUED_IMPORT_MS = 180_000;

let app: TestApp;
let client: CorpusClient;
const verdicts = new Map<string, string[]>();
const accounts = new Map<string, string[]>();

beforeAll(async () => {
  app = await startTestApp();
  client = new CorpusClient(app.url, app.key);
  // Every upload starts now, a few at a time; each test waits for its own.
  corpus.forEach((entry) => void client.imported(entry, corpus));
});

afterAll(async () => {
  await writeReport();
  await app?.stop();
});

function title(entry: CorpusEntry): string {
  if (entry.expect.status === 'COMMITTED') {
    return `imports ${entry.name} exactly`;
  }
  const cells = entry.expect.errors.map(
    (e) => `${e.sheet}!${e.column ?? ''}${e.row ?? ''} ${e.code}`,
  );
  return `refuses ${entry.name}, naming ${cells.join(', ')}`;
}

it('holds at least 40 workbooks, each modelled on a named real ledger', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(40);
  expect(new Set(corpus.map((e) => e.name)).size).toBe(corpus.length);
  expect(corpus.filter((e) => !e.modelledOn.trim())).toEqual([]);
});

describe('each workbook imports as the ledger means, or is refused at the right cells', () => {
  it.each(corpus.map((entry) => [title(entry), entry] as const))(
    '%s',
    async (_title, entry) => {
      const problems = entryProblems(entry, await client.imported(entry, corpus));
      verdicts.set(entry.name, problems);
      expect(problems).toEqual([]);
    },
    QUEUED_IMPORT_MS,
  );
});

describe('every non-empty data cell of a committed workbook is stored or explained', () => {
  const committed = corpus.filter((e) => e.expect.status === 'COMMITTED');
  it.each(committed.map((entry) => [entry.name, entry] as const))(
    'accounts for every cell of %s',
    async (_name, entry) => {
      const outcome = await client.imported(entry, corpus);
      if (outcome.batch?.status !== 'COMMITTED') {
        throw new Error(
          `not committed (${outcome.failure ?? outcome.batch?.status}): nothing to account for`,
        );
      }
      const unaccounted = unaccountedCells(entry, outcome);
      accounts.set(entry.name, unaccounted);
      expect(unaccounted).toEqual([]);
    },
    QUEUED_IMPORT_MS,
  );
});

/** One line per entry: passed, or the first reasons it failed. */
async function writeReport(): Promise<void> {
  const verdict = (problems: string[] | undefined) =>
    !problems
      ? '—'
      : problems.length === 0
        ? 'ok'
        : problems.slice(0, 3).join('; ').replace(/\|/g, '/');
  const lines = corpus.map(
    (e) =>
      `| ${e.name} | ${e.expect.status} | ${verdict(verdicts.get(e.name))} | ${verdict(accounts.get(e.name))} |`,
  );
  const text = [
    `# Corpus report (${corpus.length} workbooks)`,
    '',
    '| workbook | expected | facts or refusal | cell accounting |',
    '| --- | --- | --- | --- |',
    ...lines,
    '',
  ].join('\n');
  const dir = path.resolve(__dirname, '../../test-artifacts');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'corpus-report.md'), text);
}
