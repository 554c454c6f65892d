import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from './config';
import { migrate, openDatabase, type Database } from './db/database';
import { createLogger, type Logger } from './logger';
import { createApp, type App } from './http/http-app';
import type { AppServices } from './context';
import { createServices } from './services';
import { batchStore } from './import/write/batch-store';

export interface Running {
  url: string;
  services: AppServices;
  app: App;
  db: Database;
  stop(): Promise<void>;
}

/** Opens the database, migrates, and serves HTTP; `stop` undoes it in reverse order. */
export async function startServer(config: Config, log: Logger): Promise<Running> {
  const db = await openDatabase(config, log);
  try {
    await migrate(db.orm, log);
    const services = createServices(config, log, db.orm);
    const interrupted = await batchStore(services.db).failInterrupted();
    if (interrupted > 0) {
      log.warn(
        { batches: interrupted },
        'imports interrupted by an earlier stop were marked FAILED',
      );
    }
    const app = await createApp(services);
    await new Promise<void>((resolve, reject) => {
      app.server.once('error', reject);
      app.server.listen(config.port, config.host, resolve);
    });
    const { port } = app.server.address() as AddressInfo;
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    return {
      url,
      services,
      app,
      db,
      stop: async () => {
        await app.apollo.stop();
        await services.stopImports();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

export { createLogger, loadConfig };
