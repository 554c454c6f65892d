import { Client } from 'pg';
import { findPgBin, startPgCluster, type PgCluster } from '../support/pg-cluster';

const bin = findPgBin();
const describeCluster = 'dir' in bin ? describe : describe.skip;

async function one(url: string, sql: string): Promise<unknown> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0];
  } finally {
    await client.end();
  }
}

describeCluster(
  `a scratch primary with a streaming standby${'why' in bin ? ` (skipped: ${bin.why})` : ''}`,
  () => {
    let cluster: PgCluster;

    beforeAll(async () => {
      cluster = await startPgCluster((bin as { dir: string }).dir);
    }, 60_000);

    afterAll(async () => {
      await cluster?.stop();
    });

    it('streams the primary to a read-only standby, and pausing replay holds it back', async () => {
      expect(await one(cluster.standbyUrl, 'select pg_is_in_recovery() as standby')).toEqual({
        standby: true,
      });
      await one(cluster.primaryUrl, 'create table t (n int)');
      await one(cluster.primaryUrl, 'insert into t values (1)');
      await cluster.caughtUp();
      expect(await one(cluster.standbyUrl, 'select count(*)::int as n from t')).toEqual({ n: 1 });

      await cluster.pauseReplay();
      await one(cluster.primaryUrl, 'insert into t values (2)');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await one(cluster.standbyUrl, 'select count(*)::int as n from t')).toEqual({ n: 1 });

      await cluster.resumeReplay();
      await cluster.caughtUp();
      expect(await one(cluster.standbyUrl, 'select count(*)::int as n from t')).toEqual({ n: 2 });
    });

    it('stops the standby and starts it again', async () => {
      await cluster.stopStandby();
      await expect(one(cluster.standbyUrl, 'select 1')).rejects.toThrow();
      await cluster.startStandby();
      expect(await one(cluster.standbyUrl, 'select 1 as one')).toEqual({ one: 1 });
    });
  },
);
