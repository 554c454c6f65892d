import { readFile } from 'node:fs/promises';
import type { Ledger } from './ledgers';

export interface Upload {
  id: number | null;
  status: number;
  batchStatus: string | null;
  rowsImported: number;
  ms: number;
}

/**
 * Uploads the ledgers one after another through POST /imports (cities alternating) until `stop`
 * says so; one import at a time, as a bureau's clerks would send them, while the queries run.
 */
export async function uploadWhile(
  url: string,
  headers: Record<string, string>,
  ledgers: readonly Ledger[],
  running: () => boolean,
): Promise<Upload[]> {
  const contents = await Promise.all(ledgers.map((ledger) => readFile(ledger.file)));
  const done: Upload[] = [];
  for (let i = 0; running(); i += 1) {
    const ledger = ledgers[i % ledgers.length];
    const form = new FormData();
    form.append('file', new Blob([contents[i % ledgers.length]]), `${ledger.city.code}.xlsx`);
    form.append('region', ledger.city.code);
    form.append('year', '2023');
    const started = Date.now();
    try {
      const response = await fetch(`${url}/imports`, { method: 'POST', headers, body: form });
      const body = (await response.json().catch(() => ({}))) as {
        id?: string;
        status?: string;
        rowsImported?: number;
      };
      done.push({
        id: body.id === undefined ? null : Number(body.id),
        status: response.status,
        batchStatus: body.status ?? null,
        rowsImported: body.rowsImported ?? 0,
        ms: Date.now() - started,
      });
    } catch {
      done.push({
        id: null,
        status: 0,
        batchStatus: null,
        rowsImported: 0,
        ms: Date.now() - started,
      });
    }
  }
  return done;
}
