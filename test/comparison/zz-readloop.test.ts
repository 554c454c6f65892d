import { fixturePath } from '../support/fixtures';
import { startTestApp } from '../support/test-app';
import { importFile } from './ledgers';
it('imports hedong then jinzhong on fresh servers', async () => {
  const msgs: string[] = [];
  for (let round = 0; round < 12; round++) {
    const app = await startTestApp();
    try {
      await importFile(app, fixturePath('hedong-2022.xlsx'));
      await importFile(app, fixturePath('jinzhong-2021.xlsx'));
    } catch (e) {
      msgs.push(`round ${round}: ${(e as Error).message.slice(0, 160)}`);
    } finally {
      await app.stop();
    }
  }
  console.log('failures', msgs.length, msgs);
}, 300000);
