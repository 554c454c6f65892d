import { useEffect, useState } from 'preact/hooks';
import { PageRegionDocument } from '../generated/graphql';
import { graphql } from './api';
import { apiHeaders, onKeyChange } from './key';

/** What the server says of the key (GET /web/session, src/http/pages.ts). */
export interface Session {
  auth: boolean;
  readsNeedKey: boolean;
  caller: {
    name: string;
    role: 'ADMIN' | 'UPLOADER' | 'READER';
    regionCode: string | null;
    /** Looked up by the page: 天津市河东区 for 120102. */
    regionName?: string;
  } | null;
  refusal: { code: string; message: string } | null;
}

async function loadSession(): Promise<Session> {
  const response = await fetch('/web/session', { headers: apiHeaders() });
  const session = (await response.json()) as Session;
  const code = session.caller?.regionCode;
  if (code) {
    const { region } = await graphql(PageRegionDocument, { code }).catch(() => ({ region: null }));
    session.caller!.regionName = region?.fullName;
  }
  return session;
}

/** The session, reloaded when the key changes; null while it loads. */
export function useSession(): Session | null {
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    const reload = () => void loadSession().then(setSession);
    reload();
    return onKeyChange(reload);
  }, []);
  return session;
}

/** Whether the key may upload and roll back (in its region's subtree, for an uploader). */
export function canWrite(session: Session | null): boolean {
  return Boolean(session?.caller && session.caller.role !== 'READER');
}

/**
 * Whether a region lies in the key's subtree: GB/T 2260 codes nest by their digits (14 province,
 * 1407 city, 140702 district), so 140700's subtree is every code starting 1407.
 */
export function inSubtree(scope: string | null, code: string | null | undefined): boolean {
  if (scope === null) {
    return true;
  }
  if (!code) {
    return false;
  }
  const prefix = scope.replace(/(00)+$/, '');
  return code.startsWith(prefix);
}
