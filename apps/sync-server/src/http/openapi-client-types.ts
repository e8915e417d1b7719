import openapiTS, { astToString } from 'openapi-typescript';
import { startTestServer } from '../test-support/test-server.ts';

/**
 * The one typed client's wire types (`paths`, `components`) come from the
 * served OpenAPI document through openapi-typescript; `npm run generate:api`
 * writes them and `openapi-client-types.test.ts` fails when the committed
 * file is behind the document.
 */

/** Where the generated types live, from the repository root. */
export const CLIENT_TYPES_PATH = 'packages/sync-client/src/api/generated/api.d.ts';

const HEADER = `/**
 * Generated from the sync server's OpenAPI document by \`npm run generate:api\`.
 * Never edit by hand: change the routes' zod-openapi descriptions and regenerate.
 */

`;

/** The document as production serves it: the app built as the tests build it, the dev outbox off. */
export async function servedDocument(): Promise<string> {
  const server = await startTestServer({ env: { DEV_OUTBOX: '' } });
  try {
    const served = await server.app.request('/api/v1/openapi.json');
    if (served.status !== 200) throw new Error(`openapi.json answered ${served.status}`);
    return `${JSON.stringify(await served.json(), null, 2)}\n`;
  } finally {
    await server.close();
  }
}

/** The TypeScript declarations for a document given as JSON text. */
export async function clientTypesFor(documentJson: string): Promise<string> {
  const ast = await openapiTS(documentJson, { alphabetize: true, silent: true });
  return HEADER + astToString(ast);
}
