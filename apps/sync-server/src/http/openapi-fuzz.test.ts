import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { COLLECTION_NAMES } from '@rodnik/domain';
import { signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { signedInOperator } from '../test-support/applications.ts';
import {
  junkBody,
  parameterText,
  valueFrom,
  type JsonSchema,
} from '../test-support/openapi-arbitraries.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

/**
 * Every operation the served OpenAPI document lists, fuzzed from its own
 * schemas and with junk: the server never answers 5xx, and never a status
 * the document does not list for that operation.
 */

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: JsonSchema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, unknown>;
}
interface FuzzRequest {
  path: string;
  init: RequestInit;
}

const SEED = 20261207;
const RUNS_PER_OPERATION = 150;
/** An operator is refused or let through by middleware mostly: fewer cases find its statuses. */
const OPERATOR_RUNS_PER_OPERATION = 40;

let server: TestServer;
let parent: SignedIn;
let operator: string;

beforeAll(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
  operator = (await signedInOperator(server.app, server.store)).token;
});
afterAll(() => server.close());

function pathValue(parameter: Parameter): fc.Arbitrary<string> {
  // Real names too, so a collection's own handler is reached, not only the 422.
  const known = parameter.name === 'collection' ? fc.constantFrom(...COLLECTION_NAMES) : null;
  // An empty segment or a dot segment (`.`, `..`) makes the URL name another path.
  const any = parameterText(parameter.schema).filter((value) => !/^\.{0,2}$/.test(value));
  return known ? fc.oneof(known, any) : any;
}

function requestFor(path: string, method: string, operation: Operation): fc.Arbitrary<FuzzRequest> {
  const parameters = operation.parameters ?? [];
  const pathParts = fc.record(
    Object.fromEntries(
      parameters.filter((p) => p.in === 'path').map((p) => [p.name, pathValue(p)]),
    ),
  );
  const queryParts = fc.record(
    Object.fromEntries(
      parameters.filter((p) => p.in === 'query').map((p) => [p.name, parameterText(p.schema)]),
    ),
    { requiredKeys: [] },
  );
  const headerParts = fc.record(
    Object.fromEntries(
      parameters.filter((p) => p.in === 'header').map((p) => [p.name, parameterText(p.schema)]),
    ),
    { requiredKeys: [] },
  );
  const jsonSchema = operation.requestBody?.content['application/json']?.schema;
  const body: fc.Arbitrary<string | undefined> = jsonSchema
    ? fc.oneof(
        { weight: 3, arbitrary: valueFrom(jsonSchema).map((value) => JSON.stringify(value)) },
        { weight: 2, arbitrary: junkBody },
      )
    : fc.constant(undefined);
  return fc
    .tuple(pathParts, queryParts, headerParts, body)
    .map(([pathValues, query, headers, text]) => {
      const filled = path.replace(/\{(\w+)\}/g, (_, name: string) =>
        encodeURIComponent(String((pathValues as Record<string, string>)[name])),
      );
      const search = new URLSearchParams(query as Record<string, string>).toString();
      const requestHeaders: Record<string, string> = {};
      for (const [name, value] of Object.entries(headers as Record<string, string>)) {
        // Header values must be ISO-8859-1 without line breaks; anything else is not a request at all.
        requestHeaders[name] = value.replace(/[^\x20-\x7e]/g, '');
      }
      if (text !== undefined) requestHeaders['content-type'] = 'application/json';
      return {
        path: search ? `${filled}?${search}` : filled,
        init: { method: method.toUpperCase(), headers: requestHeaders, body: text },
      };
    });
}

test(
  'every documented operation answers only documented statuses and never 5xx',
  { timeout: 120_000 },
  async () => {
    const served = await server.app.request('/api/v1/openapi.json');
    expect(served.status).toBe(200);
    const document = (await served.json()) as { paths: Record<string, Record<string, Operation>> };

    const undocumented = new Map<string, string>();
    let cases = 0;
    let serverErrors = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const listed = new Set(Object.keys(operation.responses));
        // Signing the parent out or out of the family would end the signed-in half of the fuzz.
        const endsSession = /\/(sign-out|leave)$/.test(path);
        const identities: [string, string | undefined, number][] = endsSession
          ? [['anonymous', undefined, RUNS_PER_OPERATION]]
          : [
              ['anonymous', undefined, RUNS_PER_OPERATION],
              ['parent', parent.token, RUNS_PER_OPERATION],
              ['operator', operator, OPERATOR_RUNS_PER_OPERATION],
            ];
        for (const [who, token, numRuns] of identities) {
          await fc.assert(
            fc.asyncProperty(requestFor(path, method, operation), async ({ path: url, init }) => {
              const headers = new Headers(init.headers);
              if (token) headers.set('authorization', `Bearer ${token}`);
              const response = await server.app.request(url, { ...init, headers });
              // The live event stream never ends: its status is all there is to check.
              if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
                await response.body?.cancel();
              } else await response.arrayBuffer();
              cases += 1;
              if (response.status >= 500) serverErrors += 1;
              if (!listed.has(String(response.status)) && !listed.has('default')) {
                const key = `${method.toUpperCase()} ${path} ${who} → ${response.status}`;
                if (!undocumented.has(key)) undocumented.set(key, url);
              }
            }),
            { seed: SEED, numRuns },
          );
        }
      }
    }
    console.info(`OpenAPI fuzz: ${cases} cases, ${serverErrors} answered 5xx`);
    expect(serverErrors).toBe(0);
    expect(Object.fromEntries(undocumented)).toEqual({});
  },
);
