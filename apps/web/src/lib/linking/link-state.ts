import {
  accountKindFor,
  LINK_CODE_ALPHABET,
  parseIsoDate,
  SERVICE_TIME_ZONE,
  STANDARD_ACCOUNT_AGE,
} from '@rodnik/domain';

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

/** «ДД.ММ.ГГГГ ЧЧ:ММ» in the given time zone (Moscow's, as every time the app shows, when omitted). */
export function formatDateTime(iso: string, timeZone: string = SERVICE_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('ru-RU', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
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
  /** 0 while the document has never come back from the server. */
  serverSeq?: number;
}

/**
 * The one link document a child's screen shows. Two devices may each have
 * made one (offline); the server keeps one live code per child and puts the
 * others back to `pending`. Showing the oldest then waited for ever on a code
 * another document holds, so: a linked one, else the one holding the latest
 * code, else the latest request.
 */
export function currentLink<T extends LinkLike>(links: readonly T[]): T | null {
  const rank = (link: LinkLike) =>
    link.status === 'linked' ? 2 : link.status === 'code-issued' && link.codeIssuedAt ? 1 : 0;
  const at = (link: LinkLike) =>
    (link.status === 'code-issued' ? link.codeIssuedAt : link.codeRequestedAt) ?? '';
  return (
    [...links].sort(
      (a, b) =>
        rank(b) - rank(a) || at(b).localeCompare(at(a)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )[0] ?? null
  );
}

export type LinkState =
  /** Nothing asked yet. */
  | { kind: 'none' }
  /** The request is on the device and has not reached the server. */
  | { kind: 'waiting' }
  /** The server has the request; the code is on its way down. */
  | { kind: 'issuing' }
  /** The request is kept until this parent's account is confirmed; the code then comes by itself. */
  | { kind: 'needs-confirmation' }
  /** The server holds a request it did not answer (asked while no parent was confirmed). */
  | { kind: 'not-issued' }
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
    /** Whether this parent's account is confirmed; undefined while not known yet. */
    confirmed?: boolean;
    /** `codeRequestedAt` this device has just sent: its answer is on the way. */
    justAsked?: string | null;
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
  if (!link.codeRequestedAt) return { kind: 'none' };
  // Not «готовится» when nothing is coming: an unconfirmed parent's request waits for that.
  if (options.confirmed === false) return { kind: 'needs-confirmation' };
  const answered = (link.serverSeq ?? 0) > 0 && link.status === 'pending';
  if (answered && options.confirmed && link.codeRequestedAt !== options.justAsked) {
    return { kind: 'not-issued' };
  }
  return { kind: 'issuing' };
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

/**
 * The day a child under 14 gets a standard account (ISO): the 14th birthday,
 * or for a birthday on 29 February in a common year, the first day the
 * domain's age rule says 14.
 */
export function standardAccountFrom(birthIso: string): string | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthIso);
  if (!parts || !parseIsoDate(birthIso)) return null;
  const year = String(Number(parts[1]) + STANDARD_ACCOUNT_AGE).padStart(4, '0');
  const birthday = `${year}-${parts[2]}-${parts[3]}`;
  if (parseIsoDate(birthday)) return birthday;
  return [`${year}-02-28`, `${year}-03-01`].find(
    (day) => accountKindFor(birthIso, day) === 'standard',
  )!;
}
