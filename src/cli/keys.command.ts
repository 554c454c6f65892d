import type { Command } from 'commander';
import { loadConfig } from '../config';
import { migrate, openDatabase } from '../db/database';
import { createLogger } from '../logger';
import { apiKeyStore, type KeyListing } from '../modules/access';
import type { Role } from '../modules/common/access';
import { loadRegions } from '../regions/region-data';
import { parseExpiry } from './key-expiry';

interface CreateOptions {
  role: string;
  region?: string;
  name: string;
  expires?: string;
  json?: boolean;
}

/** `sports-ledger keys create|list|revoke` (decisions §10), run by the local operator. */
export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description('API keys: create, list, revoke');
  keys
    .command('create')
    .description('make a key; it is printed once, only its SHA-256 is stored')
    .requiredOption('--role <admin|uploader|reader>', 'what the key may do')
    .option('--region <code>', "an uploader's region (GB/T 2260 code): it writes in its subtree")
    .requiredOption('--name <name>', 'who holds it, e.g. 河东区体育局')
    .option('--expires <when>', 'a lifetime (90d, 12w, 24h) or a date (2027-06-30)')
    .option('--json', 'print the new key as one line of JSON')
    .action(async (opts: CreateOptions) => {
      process.exitCode = await create(opts);
    });
  keys
    .command('list')
    .description('list keys (never the keys themselves)')
    .option('--json', 'one line of JSON per key')
    .action(async (opts: { json?: boolean }) => {
      const rows = await withStore((store) => store.list());
      process.stdout.write(
        rows.map((row) => `${opts.json ? JSON.stringify(row) : line(row)}\n`).join(''),
      );
    });
  keys
    .command('revoke')
    .description('revoke a key by its id or the start of the key (sl_…), as `keys list` shows it')
    .argument('<id|prefix>')
    .action(async (which: string) => {
      const matched = await withStore((store) => store.revoke(which));
      if (matched.length !== 1) {
        const why = matched.length === 0 ? 'no key matches' : 'several keys match; give the id';
        process.stderr.write(`${why}: ${which}\n`);
        process.exitCode = 2;
        return;
      }
      process.stdout.write(`revoked ${line({ ...matched[0], revoked: true })}\n`);
    });
}

async function create(opts: CreateOptions): Promise<number> {
  const role = opts.role.toUpperCase() as Role;
  const problem = usageProblem(role, opts);
  const expiresAt = opts.expires ? parseExpiry(opts.expires, new Date()) : null;
  if (problem || (opts.expires && !expiresAt)) {
    process.stderr.write(
      `${problem ?? `--expires must be like 90d or 2027-06-30, got "${opts.expires}"`}\n`,
    );
    return 2;
  }
  const regionCode = role === 'UPLOADER' ? opts.region! : null;
  const made = await withStore((store) =>
    store.create({ name: opts.name, role, regionCode, expiresAt }),
  );
  const about = { id: made.id, name: opts.name, role, regionCode, expiresAt };
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ ...about, key: made.key })}\n`);
  } else {
    process.stdout.write(`${made.key}\n`);
    process.stderr.write(
      `key ${made.id} (${opts.name}, ${role}${regionCode ? ` ${regionCode}` : ''}${expiresAt ? `, expires ${expiresAt.toISOString()}` : ''}) is shown this once: store it now\n`,
    );
  }
  return 0;
}

function usageProblem(role: Role, opts: CreateOptions): string | null {
  if (!['ADMIN', 'UPLOADER', 'READER'].includes(role)) {
    return `--role must be admin, uploader or reader, got "${opts.role}"`;
  }
  if (role === 'UPLOADER' && !opts.region) {
    return 'an uploader key needs --region (the GB/T 2260 code of its region)';
  }
  if (role !== 'UPLOADER' && opts.region) {
    return `--region is for uploader keys; an ${role.toLowerCase()} key is not bound to a region`;
  }
  if (opts.region && !loadRegions().some((r) => r.code === opts.region)) {
    return `--region "${opts.region}" is not a GB/T 2260 code`;
  }
  return opts.name.trim() === '' ? '--name must not be empty' : null;
}

function line(row: KeyListing): string {
  const state = row.revoked
    ? 'revoked'
    : row.expiresAt && row.expiresAt <= new Date()
      ? 'expired'
      : 'active';
  const at = (d: Date | null) => (d ? new Date(d).toISOString() : '-');
  return [
    row.id,
    row.prefix + '…',
    row.role,
    row.regionCode ?? '-',
    state,
    `created ${at(row.createdAt)}`,
    `expires ${at(row.expiresAt)}`,
    `last used ${at(row.lastUsedAt)}`,
    row.name,
  ].join('\t');
}

async function withStore<T>(
  use: (store: ReturnType<typeof apiKeyStore>) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openDatabase(config, log);
  try {
    await migrate(db.orm, log);
    return await use(apiKeyStore(db.orm.em.getConnection().getKnex()));
  } finally {
    await db.close();
  }
}
