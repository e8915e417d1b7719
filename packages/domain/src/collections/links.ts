import { z } from 'zod';
import { defineCollection } from './collection-def.ts';
import { Id, IsoDateTime } from './shared-fields.ts';

export const LinkStatus = z.enum(['pending', 'code-issued', 'linked', 'unlinked']);
export type LinkStatus = z.infer<typeof LinkStatus>;

/** A parent–child account link and the state of its linking code. */
export const linksCollection = defineCollection({
  name: 'links',
  version: 0,
  client: z.object({
    childId: Id,
    /** Set by the parent's device to ask for a linking code, even offline. */
    codeRequestedAt: IsoDateTime.nullable().default(null),
  }),
  server: z.object({
    status: LinkStatus.default('pending'),
    childAccountId: Id.nullable().default(null),
    codeExpiresAt: IsoDateTime.nullable().default(null),
  }),
  clientMayCreate: true,
  clientMayDelete: false,
  childField: 'childId',
});
