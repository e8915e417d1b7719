import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOB_LEASE_MS, PUSH_RECEIPTS_KEPT, type NewDoc, type Store } from './store.ts';

/**
 * The behaviour every storage adapter must have. Each adapter's test file
 * calls this with a factory for a fresh, empty store (and a way to reopen it).
 */
export function describeStoreContract(
  name: string,
  adapter: { open(): Promise<Store>; reopen(): Promise<Store>; cleanup(): Promise<void> },
): void {
  describe(`${name} store`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await adapter.open();
    });
    afterEach(async () => {
      await store.close().catch(() => undefined);
      await adapter.cleanup();
    });

    const doc = (id: string, familyId = 'f1', data: Record<string, unknown> = {}): NewDoc => ({
      collection: 'children',
      id,
      familyId,
      childId: id,
      deleted: false,
      data,
    });

    it('numbers every write from one strictly increasing sequence', async () => {
      const a = await store.transaction((tx) => tx.putDoc(doc('a')));
      const b = await store.transaction((tx) => tx.putDoc(doc('b')));
      const a2 = await store.transaction((tx) => tx.putDoc(doc('a', 'f1', { v: 2 })));
      expect(a.seq).toBeLessThan(b.seq);
      expect(b.seq).toBeLessThan(a2.seq);
      expect(await store.currentSeq()).toBe(a2.seq);
      const pulled = await store.pullDocs('children', { familyId: 'f1' }, 0, 10);
      expect(pulled.map((d) => [d.id, d.seq])).toEqual([
        ['b', b.seq],
        ['a', a2.seq],
      ]);
    });

    it('prunes outbox messages older than a moment and keeps the newer ones', async () => {
      const message = (id: string, createdAt: string) => ({
        id,
        channel: 'email' as const,
        to: 'parent@example.ru',
        purpose: 'sign-in',
        text: 'Код: 123456',
        createdAt,
      });
      await store.transaction(async (tx) => {
        await tx.addOutbox(message('old', '2026-01-01T00:00:00.000Z'));
        await tx.addOutbox(message('new', '2026-01-03T00:00:00.000Z'));
      });
      expect(await store.transaction((tx) => tx.pruneOutbox('2026-01-02T00:00:00.000Z'))).toBe(1);
      expect((await store.listOutbox(10)).map((m) => m.id)).toEqual(['new']);
    });

    it('prunes the holds of slots that started before a moment and keeps later ones', async () => {
      const hold = (start: string, applicationId: string) => ({
        doctorId: 'doc-1',
        start,
        applicationId,
        familyId: 'fam-1',
        heldAt: '2026-12-01T09:00:00.000Z',
      });
      await store.transaction(async (tx) => {
        expect(await tx.holdSlot(hold('2026-12-06T10:00', 'past'))).toBe(true);
        expect(await tx.holdSlot(hold('2026-12-07T08:00', 'today'))).toBe(true);
      });
      expect(await store.transaction((tx) => tx.prunePastSlotHolds('2026-12-07'))).toBe(1);
      const left = await store.listSlotHolds(['doc-1'], '2026-12-01', '2026-12-31');
      expect(left.map((h) => h.applicationId)).toEqual(['today']);
    });

    it('reads several documents at once, skipping ids it does not hold', async () => {
      await store.transaction(async (tx) => {
        await tx.putDoc(doc('a'));
        await tx.putDoc(doc('b'));
      });
      const found = await store.getDocs('children', ['b', 'missing', 'a']);
      expect(found.map((d) => d.id).sort()).toEqual(['a', 'b']);
      expect(await store.getDocs('children', [])).toEqual([]);
    });

    it('runs concurrent transactions one after another, numbering in commit order', async () => {
      const order: string[] = [];
      const slow = store.transaction(async (tx) => {
        const written = await tx.putDoc(doc('slow'));
        await new Promise((resolve) => setTimeout(resolve, 30));
        order.push('slow');
        return written;
      });
      const fast = store.transaction(async (tx) => {
        order.push('fast');
        return tx.putDoc(doc('fast'));
      });
      const [s, f] = await Promise.all([slow, fast]);
      expect(order).toEqual(['slow', 'fast']);
      expect(s.seq).toBeLessThan(f.seq);
    });

    it('writes nothing of a transaction that throws, and announces nothing', async () => {
      const announced: number[] = [];
      store.onCommit((changes) => announced.push(...changes.map((c) => c.seq)));
      await expect(
        store.transaction(async (tx) => {
          await tx.putDoc(doc('lost'));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.getDoc('children', 'lost')).toBeNull();
      expect(announced).toEqual([]);
      const kept = await store.transaction((tx) => tx.putDoc(doc('kept')));
      expect(announced).toEqual([kept.seq]);
    });

    it('pulls only the asked family, and only a child’s own documents for a child', async () => {
      await store.transaction(async (tx) => {
        await tx.putDoc(doc('mine'));
        await tx.putDoc(doc('theirs', 'f2'));
        await tx.putDoc({ ...doc('note'), collection: 'notifications', childId: 'mine' });
        await tx.putDoc({ ...doc('note2'), collection: 'notifications', childId: 'other-child' });
      });
      expect(
        (await store.pullDocs('children', { familyId: 'f1' }, 0, 10)).map((d) => d.id),
      ).toEqual(['mine']);
      const childView = await store.pullDocs(
        'notifications',
        { familyId: 'f1', childId: 'mine' },
        0,
        10,
      );
      expect(childView.map((d) => d.id)).toEqual(['note']);
    });

    it('pages documents with their data as the UTF-8 bytes of the JSON it stored', async () => {
      const data = { surname: 'Иванова', nested: { id: 'inner' }, list: [1, 'два'] };
      const written = await store.transaction(async (tx) => {
        await tx.putDoc(doc('first', 'f1', data));
        return tx.putDoc({ ...doc('second', 'f1'), deleted: true, childId: null });
      });
      const page = await store.pullDocsJson('children', { familyId: 'f1' }, 0, 10);
      expect(page.map((d) => [d.id, d.familyId, d.childId, d.deleted])).toEqual([
        ['first', 'f1', 'first', false],
        ['second', 'f1', null, true],
      ]);
      expect(JSON.parse(page[0]!.dataJson.toString('utf8'))).toEqual(data);
      expect(page[1]!.seq).toBe(written.seq);
      expect(await store.pullDocsJson('children', { familyId: 'f1' }, written.seq, 10)).toEqual([]);
      const parsed = await store.pullDocs('children', { familyId: 'f1' }, 0, 10);
      expect(parsed.map((d) => d.data)).toEqual([data, {}]);
    });

    it('finds documents by lookup key across families, ignoring deleted ones', async () => {
      await store.transaction(async (tx) => {
        await tx.putDoc({ ...doc('one'), keys: ['cert:IV-МЮ:100001'] });
        await tx.putDoc({ ...doc('two', 'f2'), keys: ['cert:IV-МЮ:100001'] });
        await tx.putDoc({ ...doc('gone', 'f3'), deleted: true, keys: ['cert:IV-МЮ:100001'] });
      });
      const found = await store.findDocsByKey('children', 'cert:IV-МЮ:100001');
      expect(found.map((d) => d.familyId).sort()).toEqual(['f1', 'f2']);
      await store.transaction((tx) => tx.putDoc({ ...doc('one'), keys: [] }));
      expect((await store.findDocsByKey('children', 'cert:IV-МЮ:100001')).map((d) => d.id)).toEqual(
        ['two'],
      );
    });

    it('pages documents by lookup key: filtered, newest first, continuing where a page ended', async () => {
      const sent = (id: string, status: string, receivedAt?: string) => ({
        ...doc(id, `family-${id}`, { status, ...(receivedAt ? { receivedAt } : {}) }),
        collection: 'applications' as const,
        keys: ['application:sent'],
      });
      await store.transaction(async (tx) => {
        await tx.putDoc(sent('a', 'in_review', '2026-11-20T10:00:00.000Z'));
        await tx.putDoc(sent('b', 'in_review', '2026-11-22T10:00:00.000Z'));
        await tx.putDoc(sent('c', 'approved', '2026-11-21T10:00:00.000Z'));
        await tx.putDoc(sent('d', 'submitted'));
        await tx.putDoc(sent('e', 'in_review', '2026-11-22T10:00:00.000Z'));
        await tx.putDoc({ ...sent('f', 'in_review', '2026-11-23T10:00:00.000Z'), deleted: true });
        await tx.putDoc({ ...sent('g', 'in_review', '2026-11-24T10:00:00.000Z'), keys: [] });
      });
      const page = (equal: Record<string, string>, after: { value: string; id: string } | null) =>
        store
          .pageDocsByKey('applications', 'application:sent', {
            equal,
            orderBy: 'receivedAt',
            after,
            limit: 2,
          })
          .then((docs) => docs.map((d) => d.id));
      // Newest first, the id breaking the tie; the one not yet received ('') last.
      expect(await page({}, null)).toEqual(['e', 'b']);
      expect(await page({}, { value: '2026-11-22T10:00:00.000Z', id: 'b' })).toEqual(['c', 'a']);
      expect(await page({}, { value: '2026-11-20T10:00:00.000Z', id: 'a' })).toEqual(['d']);
      expect(await page({ status: 'in_review' }, null)).toEqual(['e', 'b']);
      expect(
        await page({ status: 'in_review' }, { value: '2026-11-22T10:00:00.000Z', id: 'b' }),
      ).toEqual(['a']);
      expect(await page({ status: 'approved' }, null)).toEqual(['c']);
      await expect(page({ 'status") OR 1=1 --': 'x' }, null)).rejects.toThrow('not a field name');
    });

    it("claims due jobs once, leases them, and gives a dead worker's jobs to another", async () => {
      const job = {
        kind: 'k',
        payload: { x: 1 },
        status: 'pending' as const,
        attempts: 0,
        lastError: null,
      };
      await store.transaction(async (tx) => {
        await tx.enqueueJob({ ...job, id: 'due', runAfter: '2026-01-01T00:00:00.000Z' });
        await tx.enqueueJob({ ...job, id: 'later', runAfter: '2027-01-01T00:00:00.000Z' });
      });
      const now = '2026-06-01T00:00:00.000Z';
      const claimed = await store.transaction((tx) => tx.claimJobs('k', now, 10));
      expect(claimed.map((j) => j.id)).toEqual(['due']);
      expect(claimed[0]?.payload).toEqual({ x: 1 });
      // Leased: nobody takes it again while its worker may still be running it…
      const withinLease = new Date(Date.parse(now) + JOB_LEASE_MS - 1).toISOString();
      expect(await store.transaction((tx) => tx.claimJobs('k', withinLease, 10))).toEqual([]);
      // …the server stops in the middle of it…
      await store.close();
      store = await adapter.reopen();
      await store.recoverJobs();
      // …and once the lease is over another worker takes it (SQLite even at once).
      const afterLease = new Date(Date.parse(now) + JOB_LEASE_MS + 1).toISOString();
      expect(
        (await store.transaction((tx) => tx.claimJobs('k', afterLease, 10))).map((j) => j.id),
      ).toEqual(['due']);
    });

    it('keeps child accounts, finds them by login and lists a family’s accounts', async () => {
      const base = {
        role: 'parent' as const,
        surname: 'Петрова',
        givenName: 'Ольга',
        patronymic: null,
        phone: null,
        email: null,
        passwordHash: 'h',
        phoneConfirmedAt: null,
        emailConfirmedAt: null,
        childId: null,
        login: null,
      };
      await store.transaction(async (tx) => {
        await tx.insertFamily('fam', '2026-01-01T00:00:00.000Z');
        await tx.insertFamily('other', '2026-01-01T00:00:00.000Z');
        await tx.insertAccount({
          ...base,
          id: 'p1',
          familyId: 'fam',
          phone: '+79160000001',
          createdAt: '2026-01-01T00:00:01.000Z',
        });
        await tx.insertAccount({
          ...base,
          id: 'c1',
          familyId: 'fam',
          role: 'child',
          childId: 'card-1',
          login: 'anna.ivanova',
          createdAt: '2026-01-01T00:00:02.000Z',
        });
        await tx.insertAccount({
          ...base,
          id: 'x1',
          familyId: 'other',
          login: 'someone',
          createdAt: '2026-01-01T00:00:00.000Z',
        });
      });
      const child = await store.findAccountByLogin({ login: 'anna.ivanova' });
      expect(child).toMatchObject({ id: 'c1', role: 'child', childId: 'card-1' });
      expect(await store.findAccountByLogin({ login: 'nobody' })).toBeNull();
      expect((await store.listFamilyAccounts('fam')).map((a) => a.id)).toEqual(['p1', 'c1']);
      await store.transaction((tx) => tx.updateAccount('c1', { familyId: 'other', childId: null }));
      expect(await store.getAccount('c1')).toMatchObject({ familyId: 'other', childId: null });
      expect((await store.listFamilyAccounts('other')).map((a) => a.id)).toEqual(['x1', 'c1']);
      // Logins are unique.
      await expect(
        store.transaction((tx) =>
          tx.insertAccount({
            ...base,
            id: 'c2',
            familyId: 'fam',
            login: 'anna.ivanova',
            createdAt: '2026-01-01T00:00:03.000Z',
          }),
        ),
      ).rejects.toThrow();
    });

    it('keeps one linking code per child and one invitation per contact', async () => {
      const code = {
        childId: 'card-1',
        linkId: 'link-1',
        familyId: 'fam',
        codeHash: 'hash-1',
        issuedAt: '2026-01-01T00:00:00.000Z',
        expiresAt: '2026-01-02T00:00:00.000Z',
      };
      await store.transaction((tx) => tx.putLinkCode(code));
      expect(await store.getLinkCode('card-1')).toEqual(code);
      const reissued = { ...code, linkId: 'link-2', codeHash: 'hash-2' };
      await store.transaction((tx) => tx.putLinkCode(reissued));
      expect(await store.getLinkCode('card-1')).toEqual(reissued);
      await store.transaction((tx) => tx.deleteLinkCode('card-1'));
      expect(await store.getLinkCode('card-1')).toBeNull();

      await store.transaction(async (tx) => {
        await tx.insertFamily('fam', '2026-01-01T00:00:00.000Z');
        await tx.insertAccount({
          id: 'p1',
          familyId: 'fam',
          role: 'parent',
          surname: 'Петрова',
          givenName: 'Ольга',
          patronymic: null,
          phone: '+79160000001',
          email: null,
          passwordHash: 'h',
          phoneConfirmedAt: null,
          emailConfirmedAt: null,
          createdAt: '2026-01-01T00:00:00.000Z',
          childId: null,
          login: null,
        });
      });
      const invitation = {
        contact: 'phone:+79160000002',
        familyId: 'fam',
        invitedBy: 'p1',
        codeHash: 'h1',
        expiresAt: '2026-01-02T00:00:00.000Z',
        createdAt: '2026-01-01T00:00:00.000Z',
      };
      await store.transaction((tx) => tx.putInvitation(invitation));
      await store.transaction((tx) => tx.putInvitation({ ...invitation, codeHash: 'h2' }));
      expect(await store.getInvitation('phone:+79160000002')).toEqual({
        ...invitation,
        codeHash: 'h2',
      });
      await store.transaction((tx) => tx.deleteInvitation('phone:+79160000002'));
      expect(await store.getInvitation('phone:+79160000002')).toBeNull();
    });

    it('numbers requests per year without gaps or repeats, even under concurrent senders', async () => {
      const senders = 40;
      const numbers = await Promise.all(
        Array.from({ length: senders }, (_, index) =>
          store.transaction(async (tx) => {
            await new Promise((resolve) => setTimeout(resolve, index % 3));
            const n = await tx.nextRequestNumber(2026);
            await tx.putDoc(doc(`app-${index}`, 'f1', { n }));
            return n;
          }),
        ),
      );
      expect([...numbers].sort((a, b) => a - b)).toEqual(
        Array.from({ length: senders }, (_, index) => index + 1),
      );
      // A rolled-back send gives its number back; another year counts from 1.
      await expect(
        store.transaction(async (tx) => {
          await tx.nextRequestNumber(2026);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await store.transaction((tx) => tx.nextRequestNumber(2026))).toBe(senders + 1);
      expect(await store.transaction((tx) => tx.nextRequestNumber(2027))).toBe(1);
    });

    it('keeps the newest push receipts per document, one per fingerprint', async () => {
      const receipt = (id: string, fingerprint: string, seq: number) => ({
        collection: 'children' as const,
        id,
        fingerprint,
        seq,
      });
      const total = PUSH_RECEIPTS_KEPT + 3;
      for (let seq = 1; seq <= total; seq += 1) {
        await store.transaction((tx) => tx.putPushReceipt(receipt('a', `fp-${seq}`, seq)));
      }
      await store.transaction(async (tx) => {
        await tx.putPushReceipt(receipt('b', 'fp-1', 100));
        // The same fingerprint again answers with the newer write.
        await tx.putPushReceipt(receipt('b', 'fp-1', 101));
      });
      const kept = await store.getPushReceipts('children', ['a', 'b', 'missing']);
      const ofA = kept.filter((r) => r.id === 'a').map((r) => r.seq);
      expect(ofA.sort((x, y) => x - y)).toEqual(
        Array.from({ length: PUSH_RECEIPTS_KEPT }, (_, i) => total - PUSH_RECEIPTS_KEPT + 1 + i),
      );
      expect(kept.filter((r) => r.id === 'b')).toEqual([receipt('b', 'fp-1', 101)]);
      expect(await store.getPushReceipts('documents', ['a'])).toEqual([]);
      expect(await store.getPushReceipts('children', [])).toEqual([]);
    });

    it('writes a batch of documents, keys and receipts that the transaction reads back at once', async () => {
      const key = 'cert:IV-МЮ:200002';
      const seen = await store.transaction(async (tx) => {
        const first = await tx.putDoc({ ...doc('a', 'f1', { v: 1 }), keys: [key, key] });
        for (let i = 0; i < 150; i += 1) await tx.putDoc(doc(`bulk-${i}`));
        // Written again without keys: the keys set a moment ago stay.
        const again = await tx.putDoc(doc('a', 'f1', { v: 2 }));
        for (let seq = 1; seq <= PUSH_RECEIPTS_KEPT + 2; seq += 1) {
          await tx.putPushReceipt({
            collection: 'children',
            id: 'a',
            fingerprint: `fp-${seq}`,
            seq,
          });
        }
        expect(again.seq).toBeGreaterThan(first.seq);
        return {
          a: await tx.getDoc('children', 'a'),
          byKey: await tx.findDocsByKey('children', key),
          receipts: await tx.getPushReceipts('children', ['a']),
          pulled: await tx.pullDocs('children', { familyId: 'f1' }, 0, 500),
        };
      });
      expect(seen.a?.data).toEqual({ v: 2 });
      expect(seen.byKey.map((d) => d.id)).toEqual(['a']);
      expect(seen.receipts.map((r) => r.seq).sort((x, y) => x - y)).toEqual(
        Array.from({ length: PUSH_RECEIPTS_KEPT }, (_, i) => i + 3),
      );
      expect(seen.pulled).toHaveLength(151);
      expect(seen.pulled.at(-1)?.id).toBe('a');
      expect((await store.findDocsByKey('children', key)).map((d) => d.id)).toEqual(['a']);
    });

    it('keeps data and the sequence across a reopen (migrations run once)', async () => {
      const written = await store.transaction((tx) => tx.putDoc(doc('a', 'f1', { name: 'Анна' })));
      await store.close();
      store = await adapter.reopen();
      expect((await store.getDoc('children', 'a'))?.data).toEqual({ name: 'Анна' });
      const next = await store.transaction((tx) => tx.putDoc(doc('b')));
      expect(next.seq).toBe(written.seq + 1);
    });
  });
}
