import { accountKindFor, LINK_CODE_ALPHABET } from '@rodnik/domain';

/**
 * The parent–child link as the screens show it, derived from the replicated
 * documents alone (the card and its `links` document) plus whether the local
 * change still waits to be sent. No I/O here, and no Svelte: tested on its own.
 */

/** The unambiguous alphabet of linking codes (no 0/O, 1/I/L), from the domain. */
export { LINK_CODE_ALPHABET };
export const LINK_CODE_LENGTH = 8;

/** ABCD2345 (or abcd-2345) → ABCD-2345; anything else comes back upper-cased as it was. */
export function formatLinkCode(code: string): string {
  const plain = normalizeLinkCode(code);
  return plain.length === LINK_CODE_LENGTH ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}

/** What the person typed → the plain code: upper case, no hyphens, no spaces. */
export function normalizeLinkCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-‐‑‒–—−]/g, '');
}

/** Eight characters of the alphabet, with or without the hyphen, any case. */
export function isLinkCodeShape(input: string): boolean {
  const plain = normalizeLinkCode(input);
  return (
    plain.length === LINK_CODE_LENGTH && [...plain].every((c) => LINK_CODE_ALPHABET.includes(c))
  );
}

/** «ДД.ММ.ГГГГ ЧЧ:ММ» in the given time zone (the device's when omitted). */
export function formatDateTime(iso: string, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('ru-RU', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(Date.parse(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}.${part('month')}.${part('year')} ${part('hour')}:${part('minute')}`;
}

/** The fields of a `links` document the screens read (server-owned ones may be absent). */
export interface LinkLike {
  id: string;
  childId: string;
  codeRequestedAt?: string | null;
  status?: string;
  childAccountId?: string | null;
  codeIssuedAt?: string | null;
  codeExpiresAt?: string | null;
  /** Added by the server only when a parent of the family pulls it. */
  code?: string | null;
}

export type LinkState =
  /** Nothing asked yet. */
  | { kind: 'none' }
  /** The request is on the device and has not reached the server. */
  | { kind: 'waiting' }
  /** The server has the request; the code is on its way down. */
  | { kind: 'issuing' }
  | { kind: 'code'; code: string; expiresAt: string }
  | { kind: 'expired'; expiresAt: string }
  | { kind: 'linked'; childAccountId: string | null }
  | { kind: 'unlinked' };

export function linkState(
  link: LinkLike | null | undefined,
  options: {
    /** The local change still waits to be sent. */
    pending: boolean;
    now: Date;
    /** `codeIssuedAt` of a code the parent has just replaced: it is not shown again. */
    superseded?: string | null;
  },
): LinkState {
  if (!link) return { kind: 'none' };
  if (link.status === 'linked')
    return { kind: 'linked', childAccountId: link.childAccountId ?? null };
  if (options.pending) return { kind: 'waiting' };
  const fresh = !options.superseded || link.codeIssuedAt !== options.superseded;
  if (link.status === 'code-issued' && link.codeExpiresAt && fresh) {
    if (Date.parse(link.codeExpiresAt) <= options.now.getTime()) {
      return { kind: 'expired', expiresAt: link.codeExpiresAt };
    }
    if (link.code)
      return { kind: 'code', code: formatLinkCode(link.code), expiresAt: link.codeExpiresAt };
  }
  if (link.status === 'unlinked') return { kind: 'unlinked' };
  if (link.codeRequestedAt) return { kind: 'issuing' };
  return { kind: 'none' };
}

/** Which account a verified card offers: created by the parent under 14, linked from 14. */
export type AccountOffer = 'simplified' | 'standard' | 'not-verified';

/** The card's ISO birth date from what the form stores (ДД.ММ.ГГГГ or ISO). */
export function birthIsoOf(birthDate: string | undefined): string | null {
  if (!birthDate) return null;
  const ru = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(birthDate.trim());
  if (ru) return `${ru[3]}-${ru[2]}-${ru[1]}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(birthDate.trim()) ? birthDate.trim() : null;
}

/** What the account section of a card offers, by its status and the child's age today. */
export function accountOffer(
  card: { status?: string; birthDate?: string },
  todayIso: string,
): AccountOffer {
  const birth = birthIsoOf(card.birthDate);
  if (card.status !== 'verified' || !birth) return 'not-verified';
  return accountKindFor(birth, todayIso);
}
