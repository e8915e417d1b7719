import {
  MAX_FILE_BYTES,
  apiError,
  sizeParams,
  type ErrorCode,
  type MessageParams,
} from '@rodnik/domain';
import { ApiFailure } from '../http/api-failure.ts';

/** The one tus version Rodnik speaks. */
export const TUS_VERSION = '1.0.0';

/**
 * The tus extensions that work here, and so the only ones advertised:
 * `creation-defer-length` and `concatenation` are refused (a scan's length is
 * its record's declared size, and it travels as one upload).
 */
export const TUS_EXTENSIONS = ['creation', 'creation-with-upload', 'termination', 'expiration'];

const PATCH_CONTENT_TYPE = 'application/offset+octet-stream';

/**
 * What tus asks of every request but a preflight, answered in the project's
 * error shape: another `Tus-Resumable` is 412 with `Tus-Version`, a PATCH of
 * another content type is 415.
 */
export function requireTusRequest(request: Request): void {
  if (request.headers.get('tus-resumable') !== TUS_VERSION) {
    throw new ApiFailure(412, 'tus-version-unsupported', { supported: TUS_VERSION }, undefined, {
      'Tus-Version': TUS_VERSION,
      'Tus-Resumable': TUS_VERSION,
    });
  }
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (request.method === 'PATCH' && type !== PATCH_CONTENT_TYPE) {
    throw new ApiFailure(
      415,
      'unsupported-media-type',
      { allowed: PATCH_CONTENT_TYPE },
      undefined,
      {
        'Tus-Resumable': TUS_VERSION,
      },
    );
  }
}

/** The error codes of tus's own refusals, by status. */
const CODES: Record<number, [ErrorCode, MessageParams?]> = {
  400: ['bad-request'],
  403: ['forbidden'],
  404: ['upload-not-found'],
  409: ['conflict'],
  410: ['upload-not-found'],
  412: ['tus-version-unsupported', { supported: TUS_VERSION }],
  413: ['file-too-large', sizeParams(MAX_FILE_BYTES)],
  415: ['unsupported-media-type', { allowed: PATCH_CONTENT_TYPE }],
};

/**
 * A refusal from `@tus/server` (plain text) in the project's error shape,
 * keeping tus's headers (`Tus-Resumable`, `Upload-Offset`, CORS). Success and
 * answers already in the shape pass through.
 */
export function inErrorShape(response: Response): Response {
  if (response.status < 400 || /json/.test(response.headers.get('content-type') ?? '')) {
    return response;
  }
  const [code, params] = CODES[response.status] ?? ['internal-error'];
  const headers = new Headers(response.headers);
  headers.set('content-type', 'application/json; charset=UTF-8');
  headers.delete('content-length');
  void response.body?.cancel();
  return new Response(JSON.stringify(apiError(code, params)), {
    status: response.status,
    headers,
  });
}
