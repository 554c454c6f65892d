import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/**
 * Sends the start of a multipart upload of `file` (to POST /imports, or as `mutation`'s file),
 * with `headers` (the key), then one byte every 200 ms for up to 20 s, and returns the answer the server gave meanwhile.
 */
export async function trickle(
  url: string,
  fileName: string,
  file: string,
  mutation?: TypedDocumentNode<unknown, never>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const boundary = 'trickle-boundary';
  const head = mutation
    ? part(
        boundary,
        'operations',
        JSON.stringify({ query: print(mutation), variables: { file: null } }),
      ) +
      part(boundary, 'map', JSON.stringify({ 0: ['variables.file'] })) +
      fileHead(boundary, '0', fileName)
    : fileHead(boundary, 'file', fileName);
  const bytes = await readFile(file);
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'apollo-require-preflight': 'true',
        ...headers,
      },
    });
    let sent = 0;
    const timer = setInterval(() => {
      if (sent >= 100) {
        clearInterval(timer);
        return;
      }
      request.write(bytes.subarray(sent, sent + 1));
      sent += 1;
    }, 200);
    request.on('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () => {
        clearInterval(timer);
        resolve({ status: response.statusCode!, body });
      });
    });
    request.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    request.write(head);
  });
}

function part(boundary: string, name: string, value: string): string {
  return `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
}

function fileHead(boundary: string, name: string, fileName: string): string {
  return `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
}
