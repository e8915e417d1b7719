import { API_BASE, API_VERSION, COLLECTION_NAMES, PROTOCOL_HEADER } from '@rodnik/domain';

/**
 * The last step before the OpenAPI document is served: what holds for many
 * operations at once is written here once instead of in every route —
 * operationIds, who may call an operation without a session, the statuses and
 * headers a prefix's middleware adds, and parameter schemas a route can only
 * state as a transform.
 */

type JsonObject = Record<string, unknown>;

export interface OpenApiOperation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: JsonObject[];
  responses?: Record<string, unknown>;
  [key: string]: unknown;
}

/** What this step reads of a document; the generator's own type is wider. */
export interface OpenApiDocumentLike {
  servers?: { url: string; description?: string }[];
  paths?: object;
}

export interface OpenApiDocument extends OpenApiDocumentLike {
  paths?: Record<string, Record<string, OpenApiOperation>>;
  [key: string]: unknown;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** `METHOD /path/{param}`: how an operation is named in the lists below and in tests. */
export const operationKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

/**
 * Operations anyone may call without a session (`security: []`). Every other
 * operation requires the bearer session whether or not its route said so.
 */
export const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set([
  'GET /healthz',
  'GET /readyz',
  `GET ${API_BASE}/openapi.json`,
  `GET ${API_BASE}/dev/outbox`,
  `POST ${API_BASE}/auth/sign-up`,
  `POST ${API_BASE}/auth/confirm`,
  `POST ${API_BASE}/auth/sign-in`,
  `POST ${API_BASE}/auth/sign-in/verify`,
  `POST ${API_BASE}/auth/codes/resend`,
  `POST ${API_BASE}/auth/password-reset`,
  `POST ${API_BASE}/auth/password-reset/confirm`,
]);

export const BEARER = [{ bearer: [] as string[] }];

const ERROR_BODY = { $ref: '#/components/schemas/ApiError' };
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ERROR_BODY } },
});

interface MountedMiddleware {
  /** Operations whose path starts with this. */
  prefix: string;
  parameters: JsonObject[];
  responses: Record<string, unknown>;
}

/**
 * What the middleware mounted on a prefix adds to every operation under it.
 * A route that words the same status itself keeps its own wording.
 */
const MIDDLEWARE: MountedMiddleware[] = [
  {
    // routes/replication.ts and routes/stream.ts: requireProtocol, requireSession, refuseOperators.
    prefix: `${API_BASE}/sync/`,
    parameters: [
      {
        name: PROTOCOL_HEADER,
        in: 'header',
        required: false,
        description: `The replication protocol the client speaks; anything but ${API_VERSION} is refused with 426`,
        schema: { type: 'string', enum: [String(API_VERSION)] },
      },
    ],
    responses: {
      403: errorResponse('`forbidden`: an operator belongs to no family and reads no family data'),
      426: errorResponse(
        '`upgrade-required`: the client speaks another protocol (`params.version` is the server’s): update the app',
      ),
    },
  },
];

/** Path parameters whose route parses them with a transform, so their schema is stated here. */
const PATH_PARAMETER_SCHEMAS: Record<string, JsonObject> = {
  collection: { type: 'string', enum: [...COLLECTION_NAMES] },
};

/** `post` + `/api/v1/family/children/{childId}/account` → `postFamilyChildrenByChildIdAccount`. */
export function operationIdFor(method: string, path: string): string {
  const relative = path.startsWith(`${API_BASE}/`) ? path.slice(API_BASE.length) : path;
  const words = relative
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const parameter = /^\{(.+)\}$/.exec(segment);
      const text = parameter ? `by-${parameter[1]}` : segment;
      return text
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((word) => word[0]!.toUpperCase() + word.slice(1))
        .join('');
    });
  return method.toLowerCase() + words.join('');
}

/** `requireSession` reads the session from the store: with the store gone, any signed-in call is 503. */
const SESSION_STORE_UNREACHABLE = errorResponse(
  '`internal-error`: the store is unreachable for now, so the session cannot be read: retry later',
);

function completeOperation(method: string, path: string, operation: OpenApiOperation): void {
  operation.operationId ??= operationIdFor(method, path);
  operation.security = PUBLIC_OPERATIONS.has(operationKey(method, path))
    ? []
    : (operation.security ?? BEARER);
  if (operation.security.length > 0) {
    (operation.responses ??= {})[503] ??= SESSION_STORE_UNREACHABLE;
  }
  for (const parameter of operation.parameters ?? []) {
    const schema = PATH_PARAMETER_SCHEMAS[String(parameter.name)];
    if (parameter.in === 'path' && schema) parameter.schema = schema;
  }
  for (const mounted of MIDDLEWARE) {
    if (!path.startsWith(mounted.prefix)) continue;
    const parameters = (operation.parameters ??= []);
    for (const added of mounted.parameters) {
      if (!parameters.some((p) => p.name === added.name && p.in === added.in)) {
        parameters.push(added);
      }
    }
    const responses = (operation.responses ??= {});
    for (const [status, response] of Object.entries(mounted.responses)) {
      responses[status] ??= response;
    }
  }
}

/**
 * The served document: `servers`, then each operation completed as above.
 * Returns a new document; the generated one is left as it was.
 */
export function completeDocument<D extends OpenApiDocumentLike>(generated: D): D {
  const document = structuredClone(generated);
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, OpenApiOperation>)) {
      if (HTTP_METHODS.includes(method)) completeOperation(method, path, operation);
    }
  }
  return {
    ...document,
    servers: document.servers ?? [
      { url: '/', description: 'The server that served this document (the web app’s own origin)' },
    ],
  };
}
