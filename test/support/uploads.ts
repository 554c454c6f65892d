import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client } from 'pg';
import type { BatchJson } from '../../src/modules/import-batch/batch-json';
import { withKey } from './test-app';

/** The test app (its admin key is sent unless `headers` carry their own authorization). */
interface Server {
  url: string;
  key?: string | null;
}

/**
 * Sends an operation with one file as variable `file`, per the GraphQL multipart request spec.
 * `apollo-require-preflight` is the header a browser script would add (src/http/csrf.ts).
 */
export async function gqlUpload<R, V>(
  app: Server,
  doc: TypedDocumentNode<R, V>,
  file: string,
  variables: Omit<V, 'file'>,
  fileName = path.basename(file),
  headers: Record<string, string> = {},
): Promise<ExecutionResult<R>> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: print(doc), variables: { ...variables, file: null } }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([await readFile(file)]), fileName);
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: withKey(app, { 'apollo-require-preflight': 'true', ...headers }),
    body: form,
  });
  return (await response.json()) as ExecutionResult<R>;
}

/** As gqlUpload, failing on GraphQL errors. */
export async function gqlUploadData<R, V>(
  app: Server,
  doc: TypedDocumentNode<R, V>,
  file: string,
  variables: Omit<V, 'file'>,
  fileName?: string,
  headers: Record<string, string> = {},
): Promise<R> {
  const result = await gqlUpload(app, doc, file, variables, fileName, headers);
  if (result.errors) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  }
  return result.data!;
}

/** `POST /imports` with multipart field `file` and plain fields, as curl or a script sends it. */
export async function postImport(
  app: Server,
  file: string,
  fields: Record<string, string> = {},
  fileName = path.basename(file),
  headers: Record<string, string> = {},
): Promise<{ status: number; body: BatchJson & { error?: { code: string; message: string } } }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    form.append(name, value);
  }
  form.append('file', new Blob([await readFile(file)]), fileName);
  const response = await fetch(`${app.url}/imports`, {
    method: 'POST',
    body: form,
    headers: withKey(app, headers),
  });
  return { status: response.status, body: (await response.json()) as never };
}

/**
 * Holds every import's commit back: a transaction on `databaseUrl` locks the scopes' table, so an
 * import reads and writes its rows but cannot commit until `release` (a test then sees it
 * RUNNING, or stops its worker mid-job, however fast this machine reads the ledger).
 */
export async function holdCommits(databaseUrl: string): Promise<{ release(): Promise<void> }> {
  const holder = new Client({ connectionString: databaseUrl });
  await holder.connect();
  await holder.query('begin');
  await holder.query('lock table import_scope in share row exclusive mode');
  return {
    release: async () => {
      try {
        await holder.query('rollback');
      } finally {
        await holder.end();
      }
    },
  };
}
