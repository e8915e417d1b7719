import { z } from 'zod';
import { defineCollection } from './collection-def.ts';
import { draftText, FieldIssue, Id, IsoDateTime } from './shared-fields.ts';

export const MemberRole = z.enum(['parent', 'child']);
export type MemberRole = z.infer<typeof MemberRole>;

/** The parent's passport as typed (lenient, like every draft); `PassportRu` applies on submit. */
export const PassportDraft = z.object({
  surname: draftText(100),
  givenName: draftText(100),
  patronymic: draftText(100),
  birthDate: draftText(20),
  series: draftText(20),
  number: draftText(20),
  issueDate: draftText(20),
  issuedBy: draftText(300),
  departmentCode: draftText(20),
});
export type PassportDraft = z.infer<typeof PassportDraft>;

/**
 * How a member hears of their family's applications outside the app (issue 13): the
 * channels, which events, and quiet hours in Moscow time (`from` to `to`, whole hours; SMS
 * held until they end). Written by the server from `PUT /family/notification-settings`;
 * null means the defaults (`DEFAULT_NOTIFICATION_PREFS`).
 */
export const NotificationPrefs = z.object({
  sms: z.boolean(),
  email: z.boolean(),
  events: z.array(z.enum(['status', 'decision'])).max(2),
  quiet: z
    .object({ from: z.number().int().min(0).max(23), to: z.number().int().min(0).max(23) })
    .nullable(),
});
export type NotificationPrefs = z.infer<typeof NotificationPrefs>;
export const DEFAULT_NOTIFICATION_PREFS: NotificationPrefs = {
  sms: true,
  email: true,
  events: ['status', 'decision'],
  quiet: null,
};

export const IdentityStatus = z.enum(['none', 'submitted', 'confirmed', 'rejected']);
export type IdentityStatus = z.infer<typeof IdentityStatus>;

/**
 * Who belongs to the family; the server writes it from accounts.
 *
 * A parent confirms their own account («Подтверждённая учётная запись») on
 * their own member document: the passport fields and `identitySubmittedAt` are
 * the only thing a device writes here, only on its own account's document.
 * The passport travels only to its owner: other members' pulls leave it out.
 */
export const membersCollection = defineCollection({
  name: 'members',
  // v2: the server-owned notification choices (`notify`).
  version: 2,
  client: z.object({
    passport: PassportDraft.optional(),
    /** Set by the device when the parent presses «Подтвердить»; the server checks. */
    identitySubmittedAt: IsoDateTime.nullable().default(null),
  }),
  server: z.object({
    accountId: Id,
    role: MemberRole,
    displayName: z.string().max(200),
    childId: Id.nullable().default(null),
    identity: z
      .object({
        status: IdentityStatus,
        /** Which submission (`identitySubmittedAt`) this answers. */
        submittedAt: IsoDateTime.nullable(),
        checkedAt: IsoDateTime.nullable(),
        issues: z.array(FieldIssue).max(50),
      })
      .default({ status: 'none', submittedAt: null, checkedAt: null, issues: [] }),
    notify: NotificationPrefs.nullable().default(null),
  }),
  clientMayCreate: false,
  clientMayDelete: false,
  childField: 'childId',
});
