import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { benchEnvironment, describeDatabase } from '../query/database';
import { bodyOf, type Request } from '../query/graphql';
import { ServerProcess } from '../query/server-process';
import { seeded } from '../query/variants';
import { QUESTIONS } from './questions';

/**
 * bench/peer: the same first-ask questions to this server (its answer cache off, so that every
 * request is computed) and to PostGraphile 5 (with @graphile/pg-aggregates and
 * postgraphile-plugin-connection-filter, installed on demand into bench/peer/node_modules), each
 * in a process of its own on the database bench:query loaded, alternating question by question
 * and round by round. Prints median req/s, p99 and CPU ms per request of each, their ratio (of the
 * medians, and of each round) and each server's peak RSS.
 *
 *   ROUNDS=3 DURATION=10 WARMUP=2 CONNECTIONS=10 ONLY=word,…   BENCH_DATABASE as bench:query
 */
const say = (line: string) => process.stdout.write(`${line}\n`);
const PEER_DIR = __dirname;

async function main(): Promise<void> {
  installPeer();
  const rounds = Number(process.env.ROUNDS ?? 3);
  const load = {
    connections: Number(process.env.CONNECTIONS ?? 10),
    seconds: Number(process.env.DURATION ?? 10),
    warmup: Number(process.env.WARMUP ?? 2),
  };
  const env = await benchEnvironment(process.env, false);
  if (!env.DATABASE_URL) {
    throw new Error('bench/peer needs DATABASE_URL (the server bench:query loaded its data on)');
  }
  say(`bench/peer on ${describeDatabase(env)}; load average ${os.loadavg()[0].toFixed(1)}`);
  // The answer cache off: every request is computed, as a first ask is (the peer keeps nothing),
  // however often the rounds draw the same arguments.
  const ours = await ServerProcess.start({ ...env, ANSWER_CACHE_MB: '0' }, env.DATABASE_URL);
  const peer = await ServerProcess.start(env, env.DATABASE_URL, {
    script: path.join(PEER_DIR, 'serve.mjs'),
    execArgv: [],
  });
  try {
    const only = process.env.ONLY?.split(',').filter(Boolean);
    for (const question of QUESTIONS) {
      if (only && !only.some((word) => question.name.includes(word))) {
        continue;
      }
      const runs = { ours: [] as Run[], peer: [] as Run[] };
      for (let round = 0; round < rounds; round += 1) {
        // both are asked the same sequence of new questions in a round
        runs.ours.push(await run(ours, (r) => question.ours(question.args(r)), round, load));
        runs.peer.push(await run(peer, (r) => question.peer(question.args(r)), round, load));
      }
      say(line(question.name, runs.ours, runs.peer));
    }
    const [a, b] = [await ours.stats(), await peer.stats()];
    say(`peak RSS: ours ${mb(a.peakRssBytes)} MB, PostGraphile ${mb(b.peakRssBytes)} MB`);
    say(`load average now ${os.loadavg()[0].toFixed(1)}`);
  } finally {
    await Promise.all([ours.stop(), peer.stop()]);
  }
}

interface Run {
  reqPerSec: number;
  p99: number;
  failures: number;
  /** The server process's CPU milliseconds per answered request. */
  cpuMs: number;
}

async function run(
  server: ServerProcess,
  next: (random: () => number) => Request,
  round: number,
  load: { connections: number; seconds: number; warmup: number },
): Promise<Run> {
  const random = seeded(1000 + round);
  const options = {
    url: `${server.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: load.connections,
    requests: [{ setupRequest: (req: object) => ({ ...req, body: bodyOf(next(random)) }) }],
  };
  if (load.warmup > 0) {
    await autocannon({ ...options, duration: load.warmup });
  }
  const before = await server.stats();
  const result = await autocannon({ ...options, duration: load.seconds });
  const after = await server.stats();
  return {
    reqPerSec: result.requests.total / load.seconds,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
    cpuMs: (after.cpuMicros - before.cpuMicros) / 1000 / Math.max(result.requests.total, 1),
  };
}

function line(name: string, ours: Run[], peer: Run[]): string {
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[values.length >> 1];
  const [o, p] = [median(ours.map((r) => r.reqPerSec)), median(peer.map((r) => r.reqPerSec))];
  const [oc, pc] = [median(ours.map((r) => r.cpuMs)), median(peer.map((r) => r.cpuMs))];
  // each round's ratio: both servers were asked it back to back, under about the same load
  const ratios = ours.map((r, i) => (r.reqPerSec / Math.max(peer[i].reqPerSec, 0.01)).toFixed(2));
  const failed = [...ours, ...peer].reduce((sum, r) => sum + r.failures, 0);
  return `${name}: ours ${o.toFixed(0)} req/s (p99 ${median(ours.map((r) => r.p99))} ms, ${oc.toFixed(2)} CPU ms/req), PostGraphile ${p.toFixed(0)} req/s (p99 ${median(peer.map((r) => r.p99))} ms, ${pc.toFixed(2)} CPU ms/req), ours/peer ${(o / Math.max(p, 0.01)).toFixed(2)} (rounds ${ratios.join(' ')})${failed ? `, ${failed} FAILED requests` : ''}`;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** npm install into bench/peer when its node_modules lacks PostGraphile (not a project dependency). */
function installPeer(): void {
  if (fs.existsSync(path.join(PEER_DIR, 'node_modules', 'postgraphile', 'package.json'))) {
    return;
  }
  say('installing PostGraphile into bench/peer/node_modules (once)…');
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], {
    cwd: PEER_DIR,
    stdio: 'inherit',
  });
  if (npm.status !== 0) {
    throw new Error('npm install in bench/peer failed: the peer cannot be measured here');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
