import './production-mode';
import 'reflect-metadata';
import { createLogger, loadConfig, startServer } from '../../src/start-server';

/**
 * The benchmarked server in a process of its own (started by server-process.ts), so that its
 * memory is measured apart from the load generator and the harness. It counts the SQL statements
 * it sends and tells its URL, that count, its CPU time and its resident set size (now and at its
 * peak) over IPC.
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

/** CPU time the process has used so far (user and system, all threads), in microseconds. */
function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
