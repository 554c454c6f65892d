import { Client } from 'pg';
import { runPrefix, withDatabase } from './databases';
import { JsBuild } from './js-build';

/**
 * Drops this run's databases and its JavaScript, and stops the embedded cluster if this run
 * started it.
 */
export default async function globalTeardown(): Promise<void> {
  if (process.env.TEST_JS_DIR) {
    await JsBuild.ofRun().remove();
  }
  const adminUrl = process.env.TEST_ADMIN_URL;
  if (adminUrl) {
    const client = new Client({ connectionString: withDatabase(adminUrl, 'postgres') });
    await client.connect();
    try {
      const { rows } = await client.query('select datname from pg_database where datname like $1', [
        `${runPrefix()}\\_%`,
      ]);
      for (const { datname } of rows as { datname: string }[]) {
        await client
          .query(`drop database if exists "${datname}" with (force)`)
          .catch(() => undefined);
      }
    } finally {
      await client.end();
    }
  }
  const embedded = (globalThis as { __embeddedPg?: { adopted: boolean; stop(): Promise<void> } })
    .__embeddedPg;
  if (embedded && !embedded.adopted) {
    await embedded.stop();
  }
}
