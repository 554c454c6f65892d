import type { Command } from 'commander';
import { loadConfig } from '../config';
import { migrate, openDatabase } from '../db/database';
import { createLogger } from '../logger';
import { apiKeyStore, type KeyListing } from '../modules/access';
import type { Role } from '../modules/common/access';
import { sayKeys } from '../modules/common/messages/key-texts';
import { DEFAULT_LANG, langOf, type Lang } from '../modules/common/messages/lang';
import { say } from '../modules/common/messages/clerk-texts';
import { loadRegions } from '../regions/region-data';
import { parseExpiry } from './key-expiry';

interface CreateOptions {
  role: string;
  region?: string;
  name: string;
  expires?: string;
  json?: boolean;
  lang?: string;
}

const LANG_OPTION = ['--lang <zh|en>', 'the language of messages (default zh)'] as const;

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
    .option(...LANG_OPTION)
    .action(async (opts: CreateOptions) => {
      process.exitCode = await withLang(opts.lang, (lang) => create(opts, lang));
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
    .option(...LANG_OPTION)
    .action(async (which: string, opts: { lang?: string }) => {
      process.exitCode = await withLang(opts.lang, (lang) => revoke(which, lang));
    });
}

/** Runs `act` in the language asked for; an unknown one is a usage error (in Chinese). */
async function withLang(asked: string | undefined, act: (lang: Lang) => Promise<number>) {
  const lang = asked === undefined ? DEFAULT_LANG : langOf(asked);
  if (lang === null) {
    process.stderr.write(`${say(DEFAULT_LANG, 'cliBadLang', { value: String(asked) })}\n`);
    return 2;
  }
  return act(lang);
}

async function revoke(which: string, lang: Lang): Promise<number> {
  const matched = await withStore((store) => store.revoke(which));
  if (matched.length !== 1) {
    const why = matched.length === 0 ? 'keyNoMatch' : 'keySeveralMatch';
    process.stderr.write(`${sayKeys(lang, why, { value: which })}\n`);
    return 2;
  }
  const revoked = line({ ...matched[0], revoked: true });
  process.stdout.write(`${sayKeys(lang, 'keyRevoked', { line: revoked })}\n`);
  return 0;
}

async function create(opts: CreateOptions, lang: Lang): Promise<number> {
  const role = opts.role.toUpperCase() as Role;
  const problem = usageProblem(role, opts, lang);
  const expiresAt = opts.expires ? parseExpiry(opts.expires, new Date()) : null;
  if (problem || (opts.expires && !expiresAt)) {
    process.stderr.write(
      `${problem ?? sayKeys(lang, 'keyBadExpiry', { value: String(opts.expires) })}\n`,
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
    const expiry = expiresAt ? sayKeys(lang, 'keyExpires', { at: expiresAt.toISOString() }) : '';
    const held = [opts.name, regionCode ? `${role} ${regionCode}` : role, expiry].filter(Boolean);
    process.stderr.write(
      `${sayKeys(lang, 'keyShownOnce', { id: made.id, about: held.join(', ') })}\n`,
    );
  }
  return 0;
}

function usageProblem(role: Role, opts: CreateOptions, lang: Lang): string | null {
  if (!['ADMIN', 'UPLOADER', 'READER'].includes(role)) {
    return sayKeys(lang, 'keyBadRole', { value: opts.role });
  }
  if (role === 'UPLOADER' && !opts.region) {
    return sayKeys(lang, 'keyNeedsRegion');
  }
  if (role !== 'UPLOADER' && opts.region) {
    return sayKeys(lang, 'keyRegionNotForRole', { role: role.toLowerCase() });
  }
  if (opts.region && !loadRegions().some((r) => r.code === opts.region)) {
    return sayKeys(lang, 'keyUnknownRegion', { value: opts.region });
  }
  return opts.name.trim() === '' ? sayKeys(lang, 'keyEmptyName') : null;
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
