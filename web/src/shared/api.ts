import type { TypedDocumentString } from '../generated/graphql';
import { apiHeaders } from './key';

/** A refusal of the API, with its stable code (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT …). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface GraphqlAnswer<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  error?: { code: string; message: string };
}

function answerOf<R>(status: number, body: GraphqlAnswer<R> | null): R {
  const error = body?.errors?.[0];
  if (error) {
    throw new ApiError(error.message, error.extensions?.code ?? 'ERROR');
  }
  if (body?.error) {
    throw new ApiError(body.error.message, body.error.code);
  }
  if (!body?.data) {
    throw new ApiError(`HTTP ${status}`, 'HTTP_ERROR');
  }
  return body.data;
}

/** Runs one typed operation on /graphql with the key and the page's language. */
export async function graphql<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...apiHeaders() },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json().catch(() => null)) as GraphqlAnswer<R> | null;
  return answerOf(response.status, body);
}

/**
 * An operation with one file, as a GraphQL multipart request (the spec graphql-upload reads),
 * sent by XMLHttpRequest because fetch reports no upload progress. `onProgress` gets 0…1.
 */
export function graphqlUpload<R, V extends { file: File }>(
  document: TypedDocumentString<R, V>,
  variables: V,
  onProgress: (fraction: number) => void,
): Promise<R> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: document.toString(), variables: { ...variables, file: null } }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', variables.file, variables.file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    for (const [name, value] of Object.entries(apiHeaders())) {
      xhr.setRequestHeader(name, value);
    }
    // a header only scripts can set: the server's cross-site guard lets the upload through
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress(event.loaded / event.total);
      }
    };
    xhr.onload = () => {
      try {
        const body = JSON.parse(xhr.responseText) as GraphqlAnswer<R>;
        resolve(answerOf(xhr.status, body));
      } catch (error) {
        reject(
          error instanceof ApiError ? error : new ApiError(`HTTP ${xhr.status}`, 'HTTP_ERROR'),
        );
      }
    };
    xhr.onerror = () => reject(new ApiError('network error', 'NETWORK'));
    xhr.send(form);
  });
}

/**
 * Saves a file the API answers (a report, an export) under its Content-Disposition name. Links
 * cannot carry the key's header, so the page fetches the file and hands the browser a blob.
 */
export async function download(url: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, { headers: apiHeaders() });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as GraphqlAnswer<never> | null;
    throw new ApiError(body?.error?.message ?? `HTTP ${response.status}`, body?.error?.code ?? '');
  }
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function fileNameOf(disposition: string | null): string | null {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (utf8) {
    return decodeURIComponent(utf8[1]);
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? null;
}
