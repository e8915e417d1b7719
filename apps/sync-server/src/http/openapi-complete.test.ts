import { API_VERSION, COLLECTION_NAMES, PROTOCOL_HEADER } from '@rodnik/domain';
import { describe, expect, it } from 'vitest';
import {
  completeDocument,
  operationIdFor,
  type OpenApiDocument,
  type OpenApiOperation,
} from './openapi-complete.ts';

const generated = (paths: Record<string, Record<string, OpenApiOperation>>): OpenApiDocument => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths,
});
const op = (document: OpenApiDocument, path: string, method: string) =>
  document.paths![path]![method] as OpenApiOperation;

describe('operationIdFor', () => {
  it('names an operation by its method and its path below /api/v1, parameters as By…', () => {
    expect(operationIdFor('post', '/api/v1/family/children/{childId}/account')).toBe(
      'postFamilyChildrenByChildIdAccount',
    );
    expect(operationIdFor('get', '/api/v1/sync/{collection}/pull')).toBe('getSyncByCollectionPull');
    expect(operationIdFor('post', '/api/v1/auth/sign-in/verify')).toBe('postAuthSignInVerify');
    expect(operationIdFor('get', '/healthz')).toBe('getHealthz');
    expect(operationIdFor('get', '/api/v1/openapi.json')).toBe('getOpenapiJson');
  });
});

describe('completeDocument', () => {
  it('adds a server, and an operationId only where the route named none', () => {
    const document = completeDocument(
      generated({
        '/api/v1/auth/me': { get: { responses: {} } },
        '/api/v1/auth/sign-out': { post: { operationId: 'signOut', responses: {} } },
      }),
    );
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(op(document, '/api/v1/auth/me', 'get').operationId).toBe('getAuthMe');
    expect(op(document, '/api/v1/auth/sign-out', 'post').operationId).toBe('signOut');
  });

  it('marks the listed public operations `security: []` and requires the session of every other', () => {
    const document = completeDocument(
      generated({
        '/api/v1/auth/sign-in': { post: { responses: {} } },
        '/healthz': { get: { responses: {} } },
        '/api/v1/auth/me': { get: { responses: {} } },
        '/api/v1/new-route': { get: { responses: {} } },
      }),
    );
    expect(op(document, '/api/v1/auth/sign-in', 'post').security).toEqual([]);
    expect(op(document, '/healthz', 'get').security).toEqual([]);
    expect(op(document, '/api/v1/auth/me', 'get').security).toEqual([{ bearer: [] }]);
    // A route that forgot to say is described as needing a session, never as public.
    expect(op(document, '/api/v1/new-route', 'get').security).toEqual([{ bearer: [] }]);
  });

  it('lists 503 on every operation that reads a session (the store may be gone), keeping a route’s own', () => {
    const own = { description: 'the route’s own 503' };
    const document = completeDocument(
      generated({
        '/api/v1/uploads': { post: { responses: { 201: { description: 'created' } } } },
        '/api/v1/auth/me': { get: { responses: { 503: own } } },
        '/healthz': { get: { responses: { 200: { description: 'ok' } } } },
      }),
    );
    expect(op(document, '/api/v1/uploads', 'post').responses?.[503]).toMatchObject({
      description: expect.stringContaining('internal-error'),
    });
    expect(op(document, '/api/v1/auth/me', 'get').responses?.[503]).toEqual(own);
    expect(op(document, '/healthz', 'get').responses?.[503]).toBeUndefined();
  });

  it('gives every sync operation the protocol header and the 403/426 its middleware answers, keeping a route’s own wording', () => {
    const own = { description: 'the route’s own 403' };
    const document = completeDocument(
      generated({
        '/api/v1/sync/{collection}/push': {
          post: {
            parameters: [{ name: 'collection', in: 'path', required: true, schema: {} }],
            responses: { 200: { description: 'ok' }, 403: own },
          },
        },
        '/api/v1/auth/me': { get: { responses: { 200: { description: 'ok' } } } },
      }),
    );
    const push = op(document, '/api/v1/sync/{collection}/push', 'post');
    expect(push.responses?.[403]).toEqual(own);
    expect(push.responses?.[426]).toMatchObject({
      description: expect.stringContaining('upgrade-required'),
    });
    expect(push.parameters).toContainEqual(
      expect.objectContaining({
        name: PROTOCOL_HEADER,
        in: 'header',
        schema: { type: 'string', enum: [String(API_VERSION)] },
      }),
    );
    // `{collection}` is parsed by a transform in the route; its names come from the domain.
    expect(push.parameters?.[0]?.schema).toEqual({ type: 'string', enum: [...COLLECTION_NAMES] });
    const me = op(document, '/api/v1/auth/me', 'get');
    expect(Object.keys(me.responses ?? {})).toEqual(['200', '503']);
    expect(me.parameters).toBeUndefined();
  });

  it('leaves the generated document as it was', () => {
    const input = generated({ '/api/v1/auth/me': { get: { responses: {} } } });
    const before = structuredClone(input);
    completeDocument(input);
    expect(input).toEqual(before);
  });
});
