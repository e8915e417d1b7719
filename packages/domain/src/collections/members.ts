import { z } from 'zod';
import { defineCollection } from './collection-def.ts';
import { Id } from './shared-fields.ts';

export const MemberRole = z.enum(['parent', 'child']);
export type MemberRole = z.infer<typeof MemberRole>;

/** Who belongs to the family; written by the server from accounts. */
export const membersCollection = defineCollection({
  name: 'members',
  version: 0,
  client: z.object({}),
  server: z.object({
    accountId: Id,
    role: MemberRole,
    displayName: z.string().max(200),
    childId: Id.nullable().default(null),
  }),
  clientMayCreate: false,
  clientMayDelete: false,
  childField: 'childId',
});
