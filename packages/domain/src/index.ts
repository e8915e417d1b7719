/**
 * @rodnik/domain — the single source of truth for every shape and rule.
 * Pure TypeScript: no I/O, no Node or DOM APIs. Both the web app and the
 * sync server import from here, so nothing is written twice.
 */
export * from './errors/index.ts';
export * from './validate.ts';
export * from './person/index.ts';
export * from './dates/index.ts';
export * from './child-card/index.ts';
export * from './countries/index.ts';
export * from './status/index.ts';
export * from './sync/index.ts';
export * from './collections/index.ts';
export * from './rxdb/index.ts';
export * from './ids/uuidv7.ts';
export * from './bank/index.ts';
export * from './catalog/index.ts';
export * from './appointments/index.ts';
export * from './files/index.ts';
