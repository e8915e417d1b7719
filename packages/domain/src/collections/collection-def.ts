import { z } from 'zod';
import type { CollectionName } from '../sync/protocol.ts';

/**
 * Every replicated document has the same frame (DESIGN §2): a client-made id,
 * the family it belongs to, and the server's sequence number. The rest is
 * split into fields the device owns and fields only the server may write, so
 * a client can never forge a status, a code or a verification result.
 */
export const DocumentFrame = z.object({
  id: z.string().min(1).max(64),
  familyId: z.string().min(1).max(64),
  /** Assigned by the server on every write; 0 until the first push lands. */
  serverSeq: z.number().int().min(0).default(0),
});

export interface CollectionDef<
  Client extends z.ZodObject = z.ZodObject,
  Server extends z.ZodObject = z.ZodObject,
> {
  name: CollectionName;
  /** Fields a device may write. Lenient where drafts must keep half-typed input. */
  client: Client;
  /** Fields only the server writes; each has a default for a new document. */
  server: Server;
  /** Whether a family's device may create documents of this kind at all. */
  clientMayCreate: boolean;
  /** Whether a family's device may delete (tombstone) documents of this kind. */
  clientMayDelete: boolean;
  /** Field naming the child a document concerns, for child accounts' view. */
  childField: string;
  /** Schema version of the stored shape; RxDB migrations key on it. */
  version: number;
}

export function defineCollection<Client extends z.ZodObject, Server extends z.ZodObject>(
  def: CollectionDef<Client, Server>,
): CollectionDef<Client, Server> {
  return def;
}

/** The whole document shape: frame, client-owned and server-owned fields. */
export function documentSchema<Client extends z.ZodObject, Server extends z.ZodObject>(
  def: CollectionDef<Client, Server>,
): z.ZodObject<typeof DocumentFrame.shape & Client['shape'] & Server['shape']> {
  return DocumentFrame.extend(def.client.shape).extend(def.server.shape) as z.ZodObject<
    typeof DocumentFrame.shape & Client['shape'] & Server['shape']
  >;
}

/** The server-owned field names of a collection. */
export function serverOwnedFields(def: CollectionDef): string[] {
  return Object.keys(def.server.shape);
}

/** The client-owned field names of a collection. */
export function clientOwnedFields(def: CollectionDef): string[] {
  return Object.keys(def.client.shape);
}

/**
 * A document's client-owned fields as the server compares them on push: the
 * named fields, defaults filled (a field the server never wrote must not look
 * like a change). Unreadable input is compared as it is.
 */
export function clientView(
  def: CollectionDef,
  doc: Record<string, unknown>,
): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of clientOwnedFields(def)) if (key in doc) picked[key] = doc[key];
  const parsed = def.client.safeParse(picked);
  return parsed.success ? (parsed.data as Record<string, unknown>) : picked;
}
