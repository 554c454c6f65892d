/** A GraphQL request as autocannon sends it: a JSON body posted to /graphql. */
export interface Request {
  query: string;
  variables: Record<string, unknown>;
}

export const bodyOf = (request: Request): string => JSON.stringify(request);

/** Posts one request; a response with errors (or no data) is a failed benchmark, not a slow one. */
export async function post<T = Record<string, unknown>>(url: string, request: Request): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: bodyOf(request),
  });
  const json = (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (!response.ok || json.errors?.length || !json.data) {
    const problems = json.errors
      ?.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`)
      .join('; ');
    throw new Error(`HTTP ${response.status} ${problems ?? JSON.stringify(json).slice(0, 300)}`);
  }
  return json.data;
}

/** The root query fields the running schema has (the comparison queries may not exist yet). */
export async function queryFields(url: string): Promise<Set<string>> {
  const data = await post<{ __schema: { queryType: { fields: { name: string }[] } } }>(url, {
    query: '{ __schema { queryType { fields { name } } } }',
    variables: {},
  });
  return new Set(data.__schema.queryType.fields.map((f) => f.name));
}
