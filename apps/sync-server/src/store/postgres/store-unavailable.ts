/**
 * The database cannot be reached right now (stopped, restarting, connection
 * cut). Not the request's fault and not a bug: the app answers 503 and the
 * client tries again later.
 */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the database is unavailable', { cause });
    this.name = 'StoreUnavailableError';
  }
}

/** SQLSTATE classes and codes that mean the connection or the server is gone. */
const LOST_SQLSTATE = /^(08|57P0[1-3])/;
const LOST_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);
/** What pg itself says when a connection ends or was already broken. */
const LOST_MESSAGES =
  /Connection terminated|not queryable|timeout exceeded when trying to connect/i;

export function isConnectionLoss(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (LOST_SQLSTATE.test(code) || LOST_SOCKET_CODES.has(code))) {
    return true;
  }
  return LOST_MESSAGES.test(error.message);
}

/** A lost connection becomes StoreUnavailableError; any other error passes through unchanged. */
export function unavailableIfLost(error: unknown): unknown {
  return isConnectionLoss(error) ? new StoreUnavailableError(error) : error;
}
