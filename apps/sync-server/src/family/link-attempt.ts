import type { LinkCode, StoredDoc, StoreReads } from '../store/store.ts';
import { familyDocs } from '../store/family-docs.ts';
import { codesOfChild, linkCodeMatches, replacedCodeMatches } from './link-codes.ts';

export type LinkRefusal =
  | 'link-code-invalid'
  | 'link-code-expired'
  | 'link-code-replaced'
  | 'link-code-pending'
  | 'link-code-not-requested';

export type LinkVerdict =
  | { kind: 'match'; card: StoredDoc; record: LinkCode }
  /** `counted`: a guess at a live code, which spends one of the five attempts. */
  | { kind: 'refused'; reason: LinkRefusal; counted: boolean };

/**
 * What a typed linking code means for the cards with the typed certificate.
 * Only a wrong guess while a live code exists is counted: a code typed before
 * the parent asked for one, while the parent is not yet confirmed, a replaced
 * code or an expired one each say what to do and spend no attempt (there is
 * no live code to guess, or the code typed was a real one).
 *
 * «No card with that certificate» and «a card, but no code asked for» get the
 * same answer, so typing certificates tells nobody whether a child is here.
 */
export async function judgeLinkCode(
  tx: StoreReads,
  secret: Uint8Array,
  cards: readonly StoredDoc[],
  typed: string,
  now: Date,
): Promise<LinkVerdict> {
  const live = (record: LinkCode) => Date.parse(record.expiresAt) > now.getTime();
  const withCodes = [];
  for (const card of cards) withCodes.push({ card, ...(await codesOfChild(tx, card)) });

  for (const { card, live: record } of withCodes) {
    if (record && linkCodeMatches(secret, record, typed)) {
      return live(record)
        ? { kind: 'match', card, record }
        : { kind: 'refused', reason: 'link-code-expired', counted: false };
    }
  }
  for (const { card, replaced } of withCodes) {
    if (replaced && replacedCodeMatches(secret, card.id, replaced, typed)) {
      return { kind: 'refused', reason: 'link-code-replaced', counted: false };
    }
  }
  const codes = withCodes.flatMap(({ live: record }) => (record ? [record] : []));
  if (codes.some(live)) return { kind: 'refused', reason: 'link-code-invalid', counted: true };
  if (codes.length > 0) return { kind: 'refused', reason: 'link-code-expired', counted: false };
  for (const { card } of withCodes) {
    const links = await familyDocs(tx, 'links', card.familyId);
    // Asked for, not issued: the parent who asked is not confirmed yet.
    if (
      links.some(
        (link) =>
          link.data.childId === card.id &&
          link.data.status === 'pending' &&
          typeof link.data.codeRequestedAt === 'string',
      )
    ) {
      return { kind: 'refused', reason: 'link-code-pending', counted: false };
    }
  }
  return { kind: 'refused', reason: 'link-code-not-requested', counted: false };
}
