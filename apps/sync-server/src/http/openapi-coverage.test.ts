import { COLLECTION_NAMES, Email, PhoneRu } from '@rodnik/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import { Login, SignInLogin } from '../auth/login.ts';
import { UPLOADS_PATH } from '../uploads/upload-routes.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import {
  HTTP_METHODS,
  operationKey,
  PUBLIC_OPERATIONS,
  type OpenApiOperation,
} from './openapi-complete.ts';

/**
 * The served OpenAPI document against what the app really serves: Hono's own
 * route table, the tus mount, and who may call each operation. (That each
 * operation answers only the statuses it lists is `openapi-fuzz.test.ts`.)
 */

let server: TestServer;
let operations: Map<string, OpenApiOperation>;

beforeAll(async () => {
  server = await startTestServer();
  const served = await server.app.request('/api/v1/openapi.json');
  const document = (await served.json()) as {
    paths: Record<string, Record<string, OpenApiOperation>>;
  };
  operations = new Map();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (HTTP_METHODS.includes(method)) operations.set(operationKey(method, path), operation);
    }
  }
});
afterAll(() => server.close());

/** tus routes its own methods under one wildcard mount; these are the ones it serves. */
const TUS_OPERATIONS = [
  `POST ${UPLOADS_PATH}`,
  `HEAD ${UPLOADS_PATH}/{uploadId}`,
  `PATCH ${UPLOADS_PATH}/{uploadId}`,
  `DELETE ${UPLOADS_PATH}/{uploadId}`,
];

it('documents every route Hono serves, and the tus methods behind its wildcard mount', () => {
  const served = new Set(TUS_OPERATIONS);
  for (const route of server.app.routes) {
    // `ALL` and `*` are middleware and mounts; OPTIONS is the CORS preflight and tus discovery.
    if (route.method === 'ALL' || route.method === 'OPTIONS' || route.path.includes('*')) continue;
    served.add(operationKey(route.method, route.path.replace(/:(\w+)/g, '{$1}')));
  }
  const undocumented = [...served].filter((key) => !operations.has(key));
  expect(undocumented, 'served but not in /api/v1/openapi.json').toEqual([]);
  expect(served.size).toBeGreaterThan(25);
});

it('names every operation once and says who may call it', () => {
  const ids = [...operations.values()].map((operation) => operation.operationId);
  expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
  for (const [key, operation] of operations) {
    expect(operation.security, key).toEqual(PUBLIC_OPERATIONS.has(key) ? [] : [{ bearer: [] }]);
  }
  // A public entry whose route is gone would make a later route of that name public.
  expect([...PUBLIC_OPERATIONS].filter((key) => !operations.has(key))).toEqual([]);
});

it('every operation that needs a session answers 401 without one, and no public one does for lack of it', async () => {
  const wrong: string[] = [];
  for (const [key, operation] of operations) {
    const [method, path] = key.split(' ') as [string, string];
    const url = path.replace(/\{collection\}/g, 'children').replace(/\{\w+\}/g, 'x'.repeat(20));
    const response = await server.app.request(url, {
      method,
      headers: { 'tus-resumable': '1.0.0' },
    });
    const text = await response.text();
    // A HEAD answer has no body to name the code.
    const refused = response.status === 401 && (method === 'HEAD' || /"unauthorized"/.test(text));
    const needsSession = (operation.security ?? []).length > 0;
    if (needsSession !== refused) wrong.push(`${key} → ${response.status} ${text.slice(0, 80)}`);
  }
  expect(wrong).toEqual([]);
});

it('lists the 4xx statuses of every operation but the probes and the document itself', () => {
  const without4xx = [...operations]
    .filter(
      ([, operation]) => !Object.keys(operation.responses ?? {}).some((s) => s.startsWith('4')),
    )
    .map(([key]) => key);
  expect(without4xx.sort()).toEqual(
    ['GET /api/v1/dev/outbox', 'GET /api/v1/openapi.json', 'GET /healthz', 'GET /readyz'].sort(),
  );
});

/** The JSON schema of one body field of an operation, as served. */
function bodyField(key: string, field: string): { pattern?: string } {
  const body = operations.get(key)?.requestBody as {
    content: {
      'application/json': { schema: { properties: Record<string, { pattern?: string }> } };
    };
  };
  return body.content['application/json'].schema.properties[field] ?? {};
}

it('states the rules the server checks: phone, e-mail, password and login patterns, collection names', () => {
  expect(bodyField('POST /api/v1/auth/sign-up', 'phone')).toMatchObject({
    pattern: '^\\+7\\d{10}$',
  });
  expect(bodyField('POST /api/v1/auth/sign-up', 'email')).toMatchObject({ format: 'email' });
  expect(bodyField('POST /api/v1/auth/sign-up', 'password')).toMatchObject({
    format: 'password',
    minLength: expect.any(Number),
  });
  expect(bodyField('POST /api/v1/auth/sign-in', 'login').pattern).toBeTruthy();
  const pull = operations.get('GET /api/v1/sync/{collection}/pull')!;
  expect(pull.parameters?.find((p) => p.name === 'collection')?.schema).toEqual({
    type: 'string',
    enum: [...COLLECTION_NAMES],
  });
});

it('accepts every value its documented patterns allow', () => {
  const cases: [string, string, z.ZodType][] = [
    ['POST /api/v1/auth/sign-up', 'phone', PhoneRu],
    ['POST /api/v1/auth/sign-up', 'email', Email],
    ['POST /api/v1/auth/password-reset', 'login', Login],
    ['POST /api/v1/auth/sign-in', 'login', SignInLogin],
  ];
  for (const [key, field, schema] of cases) {
    const pattern = bodyField(key, field).pattern!;
    fc.assert(
      fc.property(fc.stringMatching(new RegExp(pattern)), (value) => {
        // A value of at most maxLength characters, as the document also says.
        fc.pre(value.length <= 254);
        expect(schema.safeParse(value).success, `${key} ${field}: ${JSON.stringify(value)}`).toBe(
          true,
        );
      }),
      { seed: 20261207, numRuns: 300 },
    );
  }
});
