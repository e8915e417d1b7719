import { z } from 'zod';
import { defineCollection } from './collection-def.ts';
import { Id, IsoDateTime } from './shared-fields.ts';

export const LinkStatus = z.enum(['pending', 'code-issued', 'linked', 'unlinked']);
export type LinkStatus = z.infer<typeof LinkStatus>;

/** No 0/O, 1/I/L: nothing a child can misread. */
export const LINK_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** The linking code as shown and as carried on a parent's pull: `XXXX-XXXX`. */
export const LinkCodeText = z
  .string()
  .regex(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}$/);

/** A parent–child account link and the state of its linking code. */
export const linksCollection = defineCollection({
  name: 'links',
  version: 1,
  client: z.object({
    childId: Id,
    /** Set by the parent's device to ask for a linking code, even offline. */
    codeRequestedAt: IsoDateTime.nullable().default(null),
  }),
  server: z.object({
    status: LinkStatus.default('pending'),
    childAccountId: Id.nullable().default(null),
    /** When the live code was issued (server clock); the code is derived from it. */
    codeIssuedAt: IsoDateTime.nullable().default(null),
    codeExpiresAt: IsoDateTime.nullable().default(null),
    /**
     * The live code, `XXXX-XXXX`. Never stored: the server adds it only when a
     * parent of the family pulls the document (never for a child account).
     */
    code: LinkCodeText.optional(),
  }),
  clientMayCreate: true,
  clientMayDelete: false,
  childField: 'childId',
});
