import type { Account } from '../api/api-client.ts';
import { applicationsRepo, type ApplicationsRepo } from '../applications/applications-repo.ts';
import { childrenRepo, type ChildrenRepo } from '../child-card/children-repo.ts';
import {
  PendingChanges,
  createTransport,
  openFamilyDatabase,
  startFamilySync,
  type FamilyDatabase,
  type FamilySync,
  type SyncListener,
} from '@rodnik/sync-client';
import { browserNetwork } from './browser-network.ts';
import { membersRepo, type MembersRepo } from '../identity/members-repo.ts';
import { linksRepo, type LinksRepo } from '../linking/links-repo.ts';
import type { Uploads } from '../uploads/uploads.ts';

/**
 * Everything that exists only after sign-in, loaded as its own chunk (RxDB,
 * the domain's schemas, replication): the account's database, its sync and
 * the repositories the screens write through.
 */
export interface FamilyApp {
  /** The family this database was opened for. */
  familyId: string;
  db: FamilyDatabase;
  sync: FamilySync;
  pending: PendingChanges;
  children: ChildrenRepo;
  links: LinksRepo;
  /** The parent's own member document (passport, identity confirmation). */
  members: MembersRepo;
  /** Scans: local bytes, their records and the upload queue (its own chunk, ready a moment later). */
  uploads: Promise<Uploads>;
  applications: ApplicationsRepo;
  close(): Promise<void>;
  /**
   * Stops sync and deletes this device's copy (the account moved to another
   * family: what it holds and its checkpoints belong to the old one). Refuses,
   * returning false, while any change still waits to be sent.
   */
  wipe(): Promise<boolean>;
}

export async function openFamilyApp(options: {
  account: Account;
  token: () => string | null;
  listener: SyncListener;
  storage: Storage;
}): Promise<FamilyApp> {
  const { account } = options;
  const db = await openFamilyDatabase({ accountId: account.id });
  const pending = new PendingChanges(options.storage, `rodnik.pending.${account.id}`);
  const sync = afterFirstPaint(() =>
    startFamilySync({
      db,
      transport: createTransport({ token: options.token, isOnline: () => navigator.onLine }),
      network: browserNetwork,
      pending,
      listener: options.listener,
    }),
  );
  const deps = {
    db,
    familyId: account.familyId,
    pending,
    now: () => new Date(),
    random: (n: number) => crypto.getRandomValues(new Uint8Array(n)),
  };
  // Upload code (tus, image compression) loads as its own chunk, without holding up the
  // family's data on screen; a file store that fails to open surfaces where scans are used.
  const uploads = import('../uploads/uploads.ts').then(({ startUploads }) =>
    startUploads({
      db,
      accountId: account.id,
      familyId: account.familyId,
      pending,
      token: options.token,
      network: browserNetwork,
      onAuthExpired: () => options.listener.authExpired(),
    }),
  );
  uploads.catch(() => undefined);
  return {
    familyId: account.familyId,
    db,
    sync,
    pending,
    children: childrenRepo(deps),
    links: linksRepo(deps),
    members: membersRepo(deps),
    uploads,
    applications: applicationsRepo(deps),
    async close() {
      (await uploads.catch(() => null))?.close();
      await sync.stop();
      await db.close();
    },
    async wipe() {
      if (pending.count > 0) return false;
      // Scans still waiting belong to records of the family being left: the server would
      // refuse them to the new family anyway, so they do not hold the move up.
      (await uploads.catch(() => null))?.close();
      await sync.stop();
      await db.remove();
      pending.reset();
      return true;
    },
  };
}

/**
 * Starts sync once the browser is idle after the screen showed what the device
 * holds (issue 14): the family's data comes from IndexedDB, so its requests,
 * replication's start-up and the live stream need not compete with the first
 * paint. A resync or stop asked for before then is honoured.
 */
function afterFirstPaint(start: () => FamilySync): FamilySync {
  let started: FamilySync | null = null;
  let stopped = false;
  let ready!: (sync: FamilySync) => void;
  const whenStarted = new Promise<FamilySync>((resolve) => (ready = resolve));
  const begin = () => {
    if (started || stopped) return;
    started = start();
    ready(started);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(begin, { timeout: 2_000 });
  else setTimeout(begin, 0);
  return {
    get replications() {
      return started?.replications ?? new Map();
    },
    awaitInSync: () => whenStarted.then((s) => s.awaitInSync()),
    resync() {
      if (started) started.resync();
      else begin();
    },
    async stop() {
      stopped = true;
      await started?.stop();
    },
  };
}
