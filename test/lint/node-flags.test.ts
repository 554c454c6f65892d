import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

// The server's V8 flags (docs/performance.md#memory) are written twice, in `npm start` and in the
// Docker image's command: the two run the same server and must collect its garbage alike.
const ROOT = path.resolve(__dirname, '../..');

function flagsOfStart(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const words: string[] = pkg.scripts.start.split(/\s+/);
  return words.slice(1, words.indexOf('-r'));
}

function flagsOfDockerImage(): string[] {
  const dockerfile = readFileSync(path.join(ROOT, 'docker/Dockerfile'), 'utf8');
  const cmd = dockerfile.split('\n').findLast((line) => line.startsWith('CMD '));
  const words: string[] = JSON.parse(cmd!.slice(4));
  return words.slice(1, words.indexOf('dist/main.js'));
}

it('gives the server the same V8 flags under npm start as in the Docker image', () => {
  expect(flagsOfStart()).toContain('--heap-growing-percent=30');
  expect(flagsOfDockerImage()).toEqual(flagsOfStart());
});

it('runs on this Node with those flags (an unknown V8 flag would stop the server at start)', () => {
  const run = spawnSync(process.execPath, [...flagsOfStart(), '-e', 'process.exit(0)'], {
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
