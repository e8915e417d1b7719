import type { SessionInfo } from '../api/api-client.ts';

export const SESSION_KEY = 'rodnik.session';

/** The stored session, or null when missing or unreadable. */
export function readSession(raw: string | null): SessionInfo | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<SessionInfo>;
    if (typeof value.token !== 'string' || typeof value.account?.id !== 'string') return null;
    // An operator belongs to no family.
    if (typeof value.account.familyId !== 'string' && value.account.role !== 'operator')
      return null;
    return value as SessionInfo;
  } catch {
    return null;
  }
}
