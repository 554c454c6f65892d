import { Need, type Caller, type KeyRefusal, type RequestAuth } from '../common/access';

/** decisions §10: writes need a key unless AUTH=off; reads only in production, unless public. */
export interface AccessSettings {
  auth: boolean;
  readsNeedKey: boolean;
}

export type Decision =
  | { ok: true; caller: Caller }
  | { ok: false; code: 'UNAUTHENTICATED'; reason: KeyRefusal | 'NO_KEY' }
  | { ok: false; code: 'FORBIDDEN'; role: string };

/** Who writes when AUTH=off: the person at the laptop, anywhere. */
const LOCAL: Caller = { keyId: null, name: 'anonymous', role: 'ADMIN', regionCode: null };
/** Who reads where reads are open: anyone. */
const PUBLIC: Caller = { keyId: null, name: 'anonymous', role: 'READER', regionCode: null };

/** The one rule behind the GraphQL authChecker and the REST middleware. */
export async function decide(auth: RequestAuth, need: Need): Promise<Decision> {
  const { settings } = auth;
  if (!settings.auth) {
    return { ok: true, caller: LOCAL };
  }
  if (need === Need.READ && !settings.readsNeedKey) {
    return { ok: true, caller: PUBLIC };
  }
  const caller = await auth.caller();
  if (caller === null || typeof caller === 'string') {
    return { ok: false, code: 'UNAUTHENTICATED', reason: caller ?? 'NO_KEY' };
  }
  if (need !== Need.READ && caller.role === 'READER') {
    return { ok: false, code: 'FORBIDDEN', role: caller.role };
  }
  return { ok: true, caller };
}

/** Looks the key up on first use only: open reads never touch the api_key table. */
export function requestAuth(
  key: string | null,
  authenticate: (key: string) => Promise<Caller | KeyRefusal>,
  settings: AccessSettings,
): RequestAuth {
  let found: Promise<Caller | KeyRefusal | null> | undefined;
  let known: Caller | KeyRefusal | null | undefined = key === null ? null : undefined;
  return {
    settings,
    caller: () =>
      (found ??= key === null ? Promise.resolve(null) : authenticate(key).then((c) => (known = c))),
    known: () => known,
  };
}
