/**
 * The API's version, base path and protocol header: a module of its own with
 * no zod, so the sign-in screen's client can read them without pulling the
 * replication schemas (and zod) into its 100 KiB (DESIGN §7).
 */
export const API_VERSION = 1;
export const API_BASE = `/api/v${API_VERSION}`;
/** Header a client sends so the server can refuse an outdated protocol. */
export const PROTOCOL_HEADER = 'x-rodnik-protocol';
