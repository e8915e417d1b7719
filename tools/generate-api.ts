import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  CLIENT_TYPES_PATH,
  clientTypesFor,
  servedDocument,
} from '../apps/sync-server/src/http/openapi-client-types.ts';

/**
 * `npm run generate:api`: writes the served OpenAPI document to
 * `node_modules/.cache/rodnik/openapi.json` and the web client's wire types
 * generated from it to `packages/sync-client/src/api/generated/api.d.ts`
 * (committed; a test fails when it is behind the document).
 */
const document = await servedDocument();
const documentPath = resolve('node_modules/.cache/rodnik/openapi.json');
mkdirSync(dirname(documentPath), { recursive: true });
writeFileSync(documentPath, document);
const typesPath = resolve(CLIENT_TYPES_PATH);
writeFileSync(typesPath, await clientTypesFor(document));
console.info(`OpenAPI document: ${documentPath}\nClient types: ${typesPath}`);
