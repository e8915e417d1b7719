export * from './protocol.ts';
export * from './merge.ts';
