export { toRxJsonSchema } from './rx-json-schema.ts';
export type { RxSchemaOptions } from './rx-json-schema.ts';
