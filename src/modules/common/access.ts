/** What a key may do (decisions §10): everything; import and roll back in one region's subtree; read. */
export type Role = 'ADMIN' | 'UPLOADER' | 'READER';

/** What an operation needs, named on resolvers (`@Authorized(Need.IMPORT)`) and on REST routes. */
export enum Need {
  READ = 'READ',
  IMPORT = 'IMPORT',
  ROLLBACK = 'ROLLBACK',
}

/** Who is asking: a key (by id and name) or the local operator (the CLI, or AUTH=off). */
export interface Caller {
  keyId: number | null;
  name: string;
  role: Role;
  /** An uploader's region; null for a role that is not bound to one. */
  regionCode: string | null;
}

/**
 * Where a write may land, handed to the importer with the upload: `regionCode` null means
 * anywhere (an admin key, the CLI); `by` is recorded with the batch.
 */
export interface WriteScope {
  regionCode: string | null;
  by: { keyId: number | null; name: string };
}

/** The local operator (the CLI): writes anywhere, recorded as `cli`. */
export const CLI_SCOPE: WriteScope = { regionCode: null, by: { keyId: null, name: 'cli' } };

/** The scope of a caller's writes. */
export function writeScopeOf(caller: Caller): WriteScope {
  return {
    regionCode: caller.role === 'ADMIN' ? null : caller.regionCode,
    by: { keyId: caller.keyId, name: caller.name },
  };
}

/** Why a key that was sent does not identify anyone. */
export type KeyRefusal = 'MALFORMED' | 'UNKNOWN' | 'REVOKED' | 'EXPIRED';

/** A request's credentials, looked up once and only when an operation needs them. */
export interface RequestAuth {
  caller(): Promise<Caller | KeyRefusal | null>;
  /** What `caller()` found, without asking: undefined while a sent key was never looked up. */
  known(): Caller | KeyRefusal | null | undefined;
  /** Whether writes need a key (AUTH) and reads too (production without PUBLIC_READ). */
  settings: { auth: boolean; readsNeedKey: boolean };
}
