import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorBody, jsonResponse } from '../http/openapi.ts';
import { UPLOADS_PATH } from './upload-routes.ts';

const tusVersion = z.literal('1.0.0').meta({ description: 'tus protocol version' });
const empty = (description: string) => ({ description });

/**
 * The tus endpoint in the OpenAPI document. tus itself is the contract
 * (https://tus.io/protocols/resumable-upload); this names what Rodnik adds:
 * the metadata it needs and the refusals it words.
 */
export function registerUploadDocs(app: OpenAPIHono): void {
  const security = [{ bearer: [] }];
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: UPLOADS_PATH,
    tags: ['uploads'],
    summary: 'Start a resumable upload (tus creation) of a pushed `documents` record',
    security,
    request: {
      headers: z.object({
        'tus-resumable': tusVersion,
        'upload-length': z.string().meta({ description: "The record's declared size, bytes" }),
        'upload-metadata': z.string().meta({
          description: 'tus metadata: `documentId` (the record id) and `filename`, base64',
        }),
      }),
    },
    responses: {
      201: empty('Created; `Location` (relative) is the upload URL'),
      400: jsonResponse(ErrorBody, '`file-size-mismatch`: Upload-Length differs from the record'),
      401: jsonResponse(ErrorBody, 'Not signed in, or the session expired'),
      403: jsonResponse(
        ErrorBody,
        "`forbidden`: an operator; uploads are the family's (operators read scans on the desk)",
      ),
      404: jsonResponse(ErrorBody, 'No such record of yours on the server (yet): retry later'),
      409: jsonResponse(ErrorBody, 'The record is already accepted or rejected: done'),
      412: jsonResponse(ErrorBody, '`tus-version-unsupported`: `Tus-Version` says 1.0.0'),
      413: jsonResponse(ErrorBody, '`file-too-large`: over 5 MiB'),
    },
  });
  app.openAPIRegistry.registerPath({
    method: 'head',
    path: `${UPLOADS_PATH}/{uploadId}`,
    tags: ['uploads'],
    summary: 'How many bytes the server holds (`Upload-Offset`)',
    security,
    request: {
      params: z.object({ uploadId: z.string() }),
      headers: z.object({ 'tus-resumable': tusVersion }),
    },
    responses: {
      200: empty('`Upload-Offset` and `Upload-Length`'),
      401: empty('Not signed in, or the session expired'),
      403: empty("An operator: uploads are the family's"),
      404: empty('Not yours, expired, or already settled: start a new upload'),
      412: empty('Unsupported `Tus-Resumable`: `Tus-Version` says 1.0.0'),
    },
  });
  app.openAPIRegistry.registerPath({
    method: 'patch',
    path: `${UPLOADS_PATH}/{uploadId}`,
    tags: ['uploads'],
    summary: 'Send bytes from `Upload-Offset`; the last byte settles the record',
    security,
    request: {
      params: z.object({ uploadId: z.string() }),
      headers: z.object({ 'tus-resumable': tusVersion, 'upload-offset': z.string() }),
      body: {
        content: {
          'application/offset+octet-stream': { schema: z.string().meta({ format: 'binary' }) },
        },
      },
    },
    responses: {
      204: empty(
        'Stored; the new `Upload-Offset`. After the last byte the record is accepted or rejected',
      ),
      401: jsonResponse(ErrorBody, 'Not signed in, or the session expired'),
      403: jsonResponse(
        ErrorBody,
        "`forbidden`: an operator; uploads are the family's (operators read scans on the desk)",
      ),
      404: jsonResponse(ErrorBody, '`upload-not-found`: not yours, expired, or already settled'),
      409: jsonResponse(
        ErrorBody,
        '`Upload-Offset` is not the offset the server holds: ask with HEAD',
      ),
      412: jsonResponse(ErrorBody, '`tus-version-unsupported`: `Tus-Version` says 1.0.0'),
      415: jsonResponse(
        ErrorBody,
        '`unsupported-media-type`: not `application/offset+octet-stream`',
      ),
      503: empty('The last byte arrived but the scan could not be checked yet: resend it later'),
    },
  });
  app.openAPIRegistry.registerPath({
    method: 'delete',
    path: `${UPLOADS_PATH}/{uploadId}`,
    tags: ['uploads'],
    summary: 'Terminate an unfinished upload; its record goes back to `queued`',
    security,
    request: {
      params: z.object({ uploadId: z.string() }),
      headers: z.object({ 'tus-resumable': tusVersion }),
    },
    responses: {
      204: empty('Terminated: the staged bytes are gone, the record is `queued`'),
      401: jsonResponse(ErrorBody, 'Not signed in, or the session expired'),
      403: jsonResponse(
        ErrorBody,
        "`forbidden`: an operator; uploads are the family's (operators read scans on the desk)",
      ),
      404: jsonResponse(ErrorBody, '`upload-not-found`: not yours or expired'),
      409: jsonResponse(
        ErrorBody,
        '`conflict`: every byte had arrived and the scan is settled (`params.status`)',
      ),
      412: jsonResponse(ErrorBody, '`tus-version-unsupported`: `Tus-Version` says 1.0.0'),
    },
  });
}
