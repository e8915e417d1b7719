import { DIARY_CONSENTED_KEY, enqueueDiaryFetch } from '../../school-diary/diary-fetch.ts';
import { asStored, forbiddenRow, type CollectionPolicy } from '../policy.ts';
import { refuseChildAccount } from './own-child.ts';

type DiaryEffects = { fetch: boolean };

/**
 * The electronic diary (issue 13): one document per child, its id the card's.
 * A parent of the family gives or withdraws the consent to share with the
 * school's diary; the grades and homework are the server's. Giving consent
 * queues a read; withdrawing clears what was read, here and (by replication)
 * on every phone. A child's account reads its own diary (the store scopes
 * pulls by the card id) and never changes the consent.
 */
export const diaryPolicy: CollectionPolicy<'diary', DiaryEffects> = {
  collection: 'diary',
  async authorize(ctx, row) {
    refuseChildAccount(ctx);
    const card = await ctx.tx.getDoc('children', row.id);
    if (!card || card.familyId !== ctx.actor.familyId) throw forbiddenRow();
    // A purged card: this row is refused, the device's other changes still go.
    return card.deleted ? 'refuse' : 'pass';
  },
  beforeWrite(_ctx, { master, data }) {
    const consent = data.consent;
    if (consent?.given !== true) {
      const status = consent ? 'withdrawn' : 'none';
      return Promise.resolve({
        kind: 'write',
        data: { ...data, status, grades: [], homework: [], fetchedAt: null },
        keys: [],
        effects: { fetch: false },
      });
    }
    const before = master?.data.consent;
    const renewed = before?.given !== true || before.at !== consent.at;
    if (!renewed) return Promise.resolve({ kind: 'write', data, effects: { fetch: false } });
    return Promise.resolve({
      kind: 'write',
      data: { ...data, status: 'waiting' },
      keys: [DIARY_CONSENTED_KEY],
      effects: { fetch: true },
    });
  },
  async afterWrite(ctx, written, _change, effects) {
    if (!effects.fetch || !written.data.consent) return;
    await enqueueDiaryFetch(
      ctx.tx,
      { childId: written.id, consentAt: written.data.consent.at },
      ctx.newId(),
      ctx.now,
    );
    // The combined worker wakes on this flag (routes/replication.ts).
    ctx.queued.verification = true;
  },
  projects: () => false,
  project: asStored,
};
