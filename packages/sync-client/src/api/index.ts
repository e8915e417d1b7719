/**
 * The typed HTTP client of the sync server, alone (no RxDB): what the sign-in
 * screen and the operators' desk import.
 */
export * from './api-client.ts';
export * from './api-failure.ts';
export type { components, operations, paths } from './generated/api.d.ts';
