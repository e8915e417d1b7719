import type { MiddlewareHandler } from 'hono';
import { hashToken } from '../auth/secrets.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../sync/actor.ts';
import { ApiFailure } from './api-failure.ts';

export type AuthedEnv = { Variables: { actor: Actor; tokenHash: string } };

/**
 * Reads `Authorization: Bearer <token>`. Tokens travel only in this header,
 * never in a URL (URLs end up in logs).
 */
export function requireSession(deps: Pick<Deps, 'store' | 'clock'>): MiddlewareHandler<AuthedEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
    if (!match?.[1]) throw new ApiFailure(401, 'unauthorized');
    const tokenHash = hashToken(match[1]);
    const session = await deps.store.getSession(tokenHash);
    if (!session) throw new ApiFailure(401, 'unauthorized');
    if (session.revokedAt || Date.parse(session.expiresAt) <= deps.clock.now().getTime()) {
      throw new ApiFailure(401, 'session-expired');
    }
    const account = await deps.store.getAccount(session.accountId);
    if (!account) throw new ApiFailure(401, 'unauthorized');
    c.set('actor', {
      accountId: account.id,
      familyId: account.familyId,
      role: account.role,
      childId: account.role === 'child' ? account.childId : null,
    });
    c.set('tokenHash', tokenHash);
    await next();
  };
}
