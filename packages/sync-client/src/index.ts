/**
 * The device side of replication (DESIGN §2), shared by the web app, the
 * server's multi-device tests and the chaos benchmark: one copy of the code
 * that ships.
 */
export * from './api/index.ts';
export * from './collections.ts';
export * from './database.ts';
export * from './event-stream.ts';
export * from './family-sync.ts';
export * from './pending-changes.ts';
export * from './transport.ts';
export * from './unsent-documents.ts';
export * from './push-problem.ts';
