import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import Sequencer from '@jest/test-sequencer';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DURATIONS = path.join(HERE, 'test-durations.json');

/**
 * Jest's own order (failed files first, then the longest first by the times it kept of earlier
 * runs), with test-durations.json standing in for the files it has no time for. Jest keeps its
 * times per checkout, so a fresh clone (CI) would otherwise order the files by size alone, and
 * the longest (the corpus test is a small file) could start last and leave the other worker idle.
 * Files in neither run last.
 */
export default class LongestFirst extends Sequencer {
  sort(tests) {
    const { seconds } = JSON.parse(fs.readFileSync(DURATIONS, 'utf8'));
    const estimate = (test) => {
      const known = seconds[path.relative(test.context.config.rootDir, test.path)];
      return test.duration ?? (known === undefined ? 0 : known * 1000);
    };
    for (const test of tests) {
      test.duration = this.time(test);
    }
    return tests.sort((a, b) => {
      const failed = Number(this.hasFailed(b)) - Number(this.hasFailed(a));
      return failed || estimate(b) - estimate(a);
    });
  }
}

/**
 * `node test/support/test-sequencer.mjs RESULTS.json` writes test-durations.json from the file
 * `jest --json --outputFile=RESULTS.json` wrote: each file's seconds in that run. A file skipped
 * there (the BI connector's without its Python) keeps the seconds it had.
 */
function writeDurations(resultsFile) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  const root = path.resolve(HERE, '../..');
  const before = JSON.parse(fs.readFileSync(DURATIONS, 'utf8')).seconds;
  const ran = results.testResults.filter((r) => ['passed', 'failed'].includes(r.status));
  const seconds = Object.fromEntries(
    results.testResults
      .map((r) => {
        const file = path.relative(root, r.name);
        const taken = Math.round((r.endTime - r.startTime) / 1000);
        return [file, ran.includes(r) ? taken : (before[file] ?? taken)];
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  const note =
    "Seconds each test file took in one whole run, for test-sequencer.mjs's order on a fresh clone.";
  fs.writeFileSync(DURATIONS, `${JSON.stringify({ note, seconds }, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeDurations(process.argv[2]);
}
