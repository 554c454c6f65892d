import './production-mode';
import 'reflect-metadata';
import v8 from 'node:v8';
import { createLogger, loadConfig, startServer } from '../../src/start-server';

/**
 * The benchmarked server in a process of its own (started by server-process.ts), so that its
 * memory is measured apart from the load generator and the harness. It counts the SQL statements
 * it sends and tells its URL, that count, its CPU time and its resident set size (now and at its
 * peak) over IPC. With MEMORY_LOG=ms it writes where its memory is every that many milliseconds
 * to stderr: the resident set, the JavaScript heap by space, memory outside it, and the answer
 * cache's bytes.
 */
async function main(): Promise<void> {
  const running = await startServer(loadConfig(process.env), createLogger('warn'));
  let statements = 0;
  running.db.orm.em
    .getConnection()
    .getKnex()
    .on('query', () => {
      statements += 1;
    });
  if (process.env.MEMORY_LOG) {
    setInterval(
      () => process.stderr.write(`${memoryLine(running.services.answers.usage())}\n`),
      Number(process.env.MEMORY_LOG),
    ).unref();
  }
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stats') {
      process.send!({
        type: 'stats',
        statements,
        rssBytes: process.memoryUsage().rss,
        // ru_maxrss is in kilobytes on Linux and macOS
        peakRssBytes: process.resourceUsage().maxRSS * 1024,
        cpuMicros: cpuMicros(),
      });
    } else if (message.type === 'stop') {
      void running.stop().then(() => process.exit(0));
    }
  });
  process.send!({ type: 'ready', url: running.url });
}

function memoryLine(cache: { entries: number; bytes: number }): string {
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  const m = process.memoryUsage();
  const spaces = v8
    .getHeapSpaceStatistics()
    .filter((s) => s.space_size > 1024 * 1024)
    .map((s) => `${s.space_name}=${mb(s.space_used_size)}/${mb(s.space_size)}`);
  return [
    `rss=${mb(m.rss)} heapTotal=${mb(m.heapTotal)} heapUsed=${mb(m.heapUsed)}`,
    `external=${mb(m.external)} arrayBuffers=${mb(m.arrayBuffers)}`,
    `answerCache=${cache.entries}/${mb(cache.bytes)}`,
    ...spaces,
  ].join(' ');
}

/** CPU time the process has used so far (user and system, all threads), in microseconds. */
function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
