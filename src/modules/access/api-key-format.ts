import { createHash, randomInt } from 'node:crypto';
import { crc32 } from 'node:zlib';

/**
 * API keys as GitHub writes its tokens: a prefix that says what the string is (so a key pasted
 * into a chat or a repository is recognisable and can be found by scanners), random base62, and a
 * CRC32 of both in base62, so a mistyped or truncated key is refused without asking the database.
 */
export const KEY_PREFIX = 'sl_';
const RANDOM_LENGTH = 30; // 30 × log2(62) ≈ 178 bits
const CHECKSUM_LENGTH = 6; // 62^6 > 2^32
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SHAPE = new RegExp(`^${KEY_PREFIX}[0-9A-Za-z]{${RANDOM_LENGTH + CHECKSUM_LENGTH}}$`);
/** How much of a key is stored in clear, to tell keys apart in lists and to revoke one by it. */
const SHOWN_LENGTH = KEY_PREFIX.length + 8;

export function generateKey(): string {
  let random = '';
  for (let i = 0; i < RANDOM_LENGTH; i += 1) {
    random += ALPHABET[randomInt(ALPHABET.length)];
  }
  return `${KEY_PREFIX}${random}${checksum(KEY_PREFIX + random)}`;
}

/** Whether the text has a key's shape and its checksum matches. */
export function isWellFormedKey(text: string): boolean {
  if (!SHAPE.test(text)) {
    return false;
  }
  const body = text.slice(0, -CHECKSUM_LENGTH);
  return checksum(body) === text.slice(-CHECKSUM_LENGTH);
}

/** Only this is stored: a key is shown once, when it is made. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** The start of a key, kept in clear so a list can show which key is which. */
export function shownPart(key: string): string {
  return key.slice(0, SHOWN_LENGTH);
}

function checksum(text: string): string {
  let value = crc32(Buffer.from(text, 'utf8'));
  let out = '';
  for (let i = 0; i < CHECKSUM_LENGTH; i += 1) {
    out = ALPHABET[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return out;
}
