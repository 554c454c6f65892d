import { TEMPLATE_DB, adminQuery } from './databases';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.TEST_ADMIN_URL;
  if (adminUrl) {
    await adminQuery(adminUrl, `drop database if exists ${TEMPLATE_DB} with (force)`).catch(() => undefined);
  }
  const embedded = (globalThis as { __embeddedPg?: { stop(): Promise<void> } }).__embeddedPg;
  await embedded?.stop();
}
