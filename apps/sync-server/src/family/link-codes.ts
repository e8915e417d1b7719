import { createHmac } from 'node:crypto';
import { LINK_CODE_ALPHABET } from '@rodnik/domain';
import { hashCode, sameHash } from '../auth/secrets.ts';
import type { LinkCode, StoredDoc, StoreReads, StoreWrites } from '../store/store.ts';

/** The rules of linking codes (docs/family-linking.md). */
export const LINK_RULES = {
  length: 8,
  ttlMs: 24 * 3_600_000,
} as const;

/**
 * The plaintext of a linking code, derived (never stored) from the server
 * secret, the link document and the moment it was issued: HMAC bytes mapped
 * onto the unambiguous alphabet by rejection sampling (no modulo bias).
 */
export function deriveLinkCode(secret: Uint8Array, linkId: string, issuedAt: string): string {
  const size = LINK_CODE_ALPHABET.length;
  const ceiling = Math.floor(256 / size) * size;
  let out = '';
  for (let block = 0; out.length < LINK_RULES.length; block += 1) {
    const bytes = createHmac('sha256', secret)
      .update(`link-code\n${linkId}\n${issuedAt}\n${block}`)
      .digest();
    for (const byte of bytes) {
      if (byte < ceiling) out += LINK_CODE_ALPHABET[byte % size];
      if (out.length === LINK_RULES.length) break;
    }
  }
  return out;
}

/** `ABCD-EFGH`, as shown to the parent. */
export function formatLinkCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed, as the code: hyphen and spaces dropped, upper-cased. */
export function normaliseTypedCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

const scopeOf = (childId: string) => `link:${childId}`;

export function linkCodeHash(secret: Uint8Array, childId: string, code: string): string {
  return hashCode(secret, scopeOf(childId), code);
}

export function linkCodeMatches(secret: Uint8Array, record: LinkCode, typed: string): boolean {
  return sameHash(linkCodeHash(secret, record.childId, normaliseTypedCode(typed)), record.codeHash);
}

/**
 * Issues the child's one live code for a link document (voiding any earlier
 * one, of this link or another) and returns the link's new server-owned
 * fields. `issuedAt` strictly increases per child, so a reissue in the same
 * millisecond still derives a different code.
 */
export async function issueLinkCode(
  tx: StoreWrites,
  secret: Uint8Array,
  link: { id: string; familyId: string; childId: string },
  now: Date,
): Promise<{ codeIssuedAt: string; codeExpiresAt: string; replaced: LinkCode | null }> {
  const previous = await tx.getLinkCode(link.childId);
  let issued = now.getTime();
  if (previous && Date.parse(previous.issuedAt) >= issued)
    issued = Date.parse(previous.issuedAt) + 1;
  const codeIssuedAt = new Date(issued).toISOString();
  const codeExpiresAt = new Date(issued + LINK_RULES.ttlMs).toISOString();
  const code = deriveLinkCode(secret, link.id, codeIssuedAt);
  await tx.putLinkCode({
    childId: link.childId,
    linkId: link.id,
    familyId: link.familyId,
    codeHash: linkCodeHash(secret, link.childId, code),
    issuedAt: codeIssuedAt,
    expiresAt: codeExpiresAt,
  });
  return { codeIssuedAt, codeExpiresAt, replaced: previous };
}

/**
 * The code to show on a parent's pull: only for the link that holds the
 * child's live code, and only for the issue that code came from.
 */
export async function liveCodeFor(
  store: StoreReads,
  secret: Uint8Array,
  doc: StoredDoc,
): Promise<string | null> {
  if (doc.deleted || doc.data.status !== 'code-issued') return null;
  const childId = doc.data.childId;
  const issuedAt = doc.data.codeIssuedAt;
  if (typeof childId !== 'string' || typeof issuedAt !== 'string') return null;
  const record = await store.getLinkCode(childId);
  if (!record || record.linkId !== doc.id || record.issuedAt !== issuedAt) return null;
  if (record.familyId !== doc.familyId) return null;
  return formatLinkCode(deriveLinkCode(secret, doc.id, issuedAt));
}
