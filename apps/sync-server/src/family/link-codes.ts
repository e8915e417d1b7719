import { createHmac } from 'node:crypto';
import { LINK_CODE_ALPHABET } from '@rodnik/domain';
import { hashCode, sameHash } from '../auth/secrets.ts';
import { familyDocs } from '../store/family-docs.ts';
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
 * The code a new one replaced is kept (its keyed hash only) in the same table
 * under `replaced:<childId>`, so a child who types it is told it was replaced
 * instead of «неверный код», and no attempt is spent on it.
 */
export const replacedKey = (childId: string) => `replaced:${childId}`;

export function replacedCodeMatches(
  secret: Uint8Array,
  childId: string,
  record: LinkCode,
  typed: string,
): boolean {
  return sameHash(linkCodeHash(secret, childId, normaliseTypedCode(typed)), record.codeHash);
}

/** The child's live code and the one it replaced, each only if this family's. */
export async function codesOfChild(
  tx: StoreReads,
  card: StoredDoc,
): Promise<{ live: LinkCode | null; replaced: LinkCode | null }> {
  const live = await tx.getLinkCode(card.id);
  const replaced = await tx.getLinkCode(replacedKey(card.id));
  return {
    live: live && live.familyId === card.familyId ? live : null,
    replaced: replaced && replaced.familyId === card.familyId ? replaced : null,
  };
}

/** After linking, neither code of the child means anything. */
export async function forgetCodesOf(tx: StoreWrites, childId: string): Promise<void> {
  await tx.deleteLinkCode(childId);
  await tx.deleteLinkCode(replacedKey(childId));
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
  if (previous) await tx.putLinkCode({ ...previous, childId: replacedKey(link.childId) });
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

/**
 * Codes a family asked for while no parent was confirmed, answered once one
 * is (docs/family-linking.md): per child, only the latest request gets the
 * child's one live code. Issuing one per link document voided the code of the
 * one before while it still said `code-issued`: a device showing that
 * document waited for a code that never came («Код готовится…»).
 */
export async function issuePendingLinkCodes(
  tx: StoreWrites,
  secret: Uint8Array,
  familyId: string,
  now: Date,
): Promise<void> {
  const links = await familyDocs(tx, 'links', familyId);
  const requested = (link: StoredDoc) =>
    typeof link.data.codeRequestedAt === 'string' ? link.data.codeRequestedAt : '';
  const latest = new Map<string, StoredDoc>();
  for (const link of links) {
    if (link.data.status !== 'pending' || !requested(link)) continue;
    const childId = String(link.data.childId);
    const other = latest.get(childId);
    if (!other || requested(other) < requested(link)) latest.set(childId, link);
  }
  for (const [childId, link] of latest) {
    // A request already answered by another document's code (it voided this one) waits no more.
    const answered = links.some(
      (other) =>
        other.data.childId === childId &&
        other.data.status === 'code-issued' &&
        requested(other) >= requested(link),
    );
    if (answered) continue;
    const card = await tx.getDoc('children', childId);
    if (!card || card.deleted || card.familyId !== familyId || card.data.accountId) continue;
    if (typeof card.data.deletedAt === 'string') continue; // in «Недавно удалённые»
    const issued = await issueLinkCode(tx, secret, { id: link.id, familyId, childId }, now);
    await tx.putDoc({
      ...link,
      data: {
        ...link.data,
        status: 'code-issued',
        codeIssuedAt: issued.codeIssuedAt,
        codeExpiresAt: issued.codeExpiresAt,
      },
    });
    await voidReplacedLink(tx, issued.replaced, link.id);
  }
}

/** One live code per child: the link document still showing the voided one goes back to pending. */
export async function voidReplacedLink(
  tx: StoreWrites,
  replaced: LinkCode | null,
  keptLinkId: string,
): Promise<StoredDoc | null> {
  if (!replaced || replaced.linkId === keptLinkId) return null;
  const old = await tx.getDoc('links', replaced.linkId);
  if (!old || old.data.status !== 'code-issued') return null;
  return tx.putDoc({
    ...old,
    data: { ...old.data, status: 'pending', codeIssuedAt: null, codeExpiresAt: null },
  });
}
