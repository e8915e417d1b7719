import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CLIENT_TYPES_PATH, clientTypesFor, servedDocument } from './openapi-client-types.ts';

const committed = new URL(`../../../../${CLIENT_TYPES_PATH}`, import.meta.url);

it('the committed client types are generated from the document the server serves now', async () => {
  const current = await clientTypesFor(await servedDocument());
  // On failure: `npm run generate:api` and commit the file (it is never edited by hand).
  expect(readFileSync(committed, 'utf8') === current, `${CLIENT_TYPES_PATH} is stale`).toBe(true);
});
