import type { PushProblem, SyncListener } from '@rodnik/sync-client';
import type { KeptLine } from './last-sync-line.ts';

/** The always-visible sync state (DESIGN §5), fed by the replication wiring. */
export class SyncStatus implements SyncListener {
  isOnline = $state(true);
  pending = $state(0);
  lastSyncAt = $state<string | null>(null);
  /** 0…1 while the first sync on this device runs; null otherwise. */
  firstSyncProgress = $state<number | null>(null);
  isActive = $state(false);
  isAuthExpired = $state(false);
  isOutdated = $state(false);
  /** What the last push met while changes still wait; null once one got through. */
  pushFailure = $state<PushProblem | null>(null);
  storagePersisted = $state<boolean | null>(null);
  /** Scans not yet all on the server, and their bytes sent out of the total (the upload queue's). */
  uploads = $state({ waiting: 0, sentBytes: 0, totalBytes: 0 });
  /** The last-sync line as last shown on this device (see `keptLineFor`). */
  readonly keptLine: KeptLine | null;
  private readonly firstSync: boolean;

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
    private readonly key: string,
  ) {
    this.lastSyncAt = storage.getItem(key);
    this.firstSync = this.lastSyncAt === null;
    this.keptLine = readKept(storage.getItem(`${key}.line`));
  }

  keepLine(line: KeptLine): void {
    this.storage.setItem(`${this.key}.line`, JSON.stringify(line));
  }

  online(online: boolean): void {
    this.isOnline = online;
  }
  synced(at: string): void {
    this.lastSyncAt = at;
    this.storage.setItem(this.key, at);
  }
  progress(share: number | null): void {
    this.firstSyncProgress = this.firstSync ? share : null;
  }
  active(active: boolean): void {
    this.isActive = active;
  }
  authExpired(): void {
    this.isAuthExpired = true;
  }
  outdated(): void {
    this.isOutdated = true;
  }
  pushProblem(problem: PushProblem | null): void {
    this.pushFailure = problem;
  }
}

function readKept(text: string | null): KeptLine | null {
  try {
    const kept = JSON.parse(text ?? 'null') as Partial<KeptLine> | null;
    return typeof kept?.at === 'string' &&
      (kept.locale === 'ru' || kept.locale === 'en') &&
      typeof kept.text === 'string' &&
      typeof kept.until === 'number'
      ? (kept as KeptLine)
      : null;
  } catch {
    return null;
  }
}
