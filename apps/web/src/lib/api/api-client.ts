/**
 * The web app's names for the one generated client (`@rodnik/sync-client/api`):
 * calls go `ok(api.POST('/api/v1/…', { body }))`, typed by the server's OpenAPI
 * document; the shapes below are the server's answers, named once for the
 * screens. It imports nothing heavy on purpose: the sign-in screen's whole
 * budget is 100 KiB of compressed JavaScript (DESIGN §7). Family data never
 * goes through here — it lives in RxDB and travels by replication.
 */
import {
  createApiClient as createGeneratedClient,
  type ApiClient,
  type ApiClientOptions,
  type operations,
} from '@rodnik/sync-client/api';
import { loadErrorWords } from './wording.ts';

export { API_BASE, PROTOCOL_HEADER } from '@rodnik/domain';
export {
  ApiFailure,
  NetworkFailure,
  PROTOCOL_VERSION,
  failureFrom,
  ok,
  type ApiClient,
  type ApiFieldError,
} from '@rodnik/sync-client/api';

/** The generated client; a request also starts loading the error catalogue (`wording.ts`). */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const api = createGeneratedClient(options);
  api.use({
    onRequest() {
      void loadErrorWords();
    },
  });
  return api;
}

/** The JSON body of an operation's answer with `status`. */
type Answer<Op extends keyof operations, Status extends number> = operations[Op] extends {
  responses: { [S in Status]: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

export type Account = Answer<'getAuthMe', 200>;
export type SessionInfo = Answer<'postAuthSignInVerify', 200>;
/** `/auth/sign-in`: a code went out, or (a simplified child account) the session itself. */
export type SignInAnswer = Answer<'postAuthSignIn', 200>;
export type SignInStarted = Exclude<SignInAnswer, SessionInfo>;
/** A child's account as its parent sees it (`GET /family/children/{childId}/account`). */
export type ChildAccountInfo = Answer<'getFamilyChildrenByChildIdAccount', 200>;
export type Role = NonNullable<
  operations['postAuthSignUp']['requestBody']['content']['application/json']['role']
>;

/** `/auth/sign-in` answered with the session itself (a simplified child account). */
export function isSession(value: SignInAnswer): value is SessionInfo {
  return 'token' in value;
}
