import {
  COLLECTIONS,
  documentSchema,
  scansAlreadyAttached,
  uuidv7,
  type AttachedScan,
  type DocumentKind,
} from '@rodnik/domain';
import type { z } from 'zod';
import type { FamilyDatabase, PendingChanges } from '@rodnik/sync-client';
import type { FileStore } from './file-store.ts';
import type { PreparedFile } from './file-prep.ts';

export const DocumentDocument = documentSchema(COLLECTIONS.documents);
export type DocumentDoc = z.output<typeof DocumentDocument>;

/**
 * Records of the `documents` collection as this app reads them: checked
 * against the schema (the collection is typed loosely, as every synced one
 * is). One the schema does not know (a newer app's kind) is left out.
 */
export function readDocuments(found: readonly { toJSON(): unknown }[]): DocumentDoc[] {
  const docs: DocumentDoc[] = [];
  for (const doc of found) {
    const parsed = DocumentDocument.safeParse(doc.toJSON());
    if (parsed.success) docs.push(parsed.data);
  }
  return docs;
}

/** The record a scan belongs to: a child card, an application (and its child), or the parent's profile. */
export interface AttachTarget {
  readonly childId?: string | null;
  readonly applicationId?: string | null;
  readonly accountId?: string | null;
}

/** Pages of one kind of paper on one record: every owner field must match, absent ones are null. */
export function targetSelector(target: AttachTarget, kind: DocumentKind) {
  return {
    kind,
    childId: target.childId ?? null,
    applicationId: target.applicationId ?? null,
    accountId: target.accountId ?? null,
  };
}

/** Pages in reading order: by bundle, then page, then when they were added. */
export function byPage(a: DocumentDoc, b: DocumentDoc): number {
  return a.page - b.page || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/**
 * Where the next page goes: a rejected page does not count (it is retaken,
 * not kept), the rest form one paper document (`bundleId` = its first
 * page's id) numbered from 1.
 */
export function nextPlacement(
  existing: readonly Pick<DocumentDoc, 'id' | 'page' | 'bundleId' | 'status'>[],
): { bundleId: string | null; page: number } {
  const live = existing.filter((d) => d.status !== 'rejected');
  if (live.length === 0) return { bundleId: null, page: 1 };
  const first = [...live].sort((a, b) => a.page - b.page)[0]!;
  return {
    bundleId: first.bundleId ?? first.id,
    page: Math.max(...live.map((d) => d.page)) + 1,
  };
}

export interface DocumentsRepoDeps {
  db: FamilyDatabase;
  familyId: string;
  pending: PendingChanges;
  files: FileStore;
  now: () => Date;
  random: (bytes: number) => Uint8Array;
}

/**
 * Every write to `documents` goes through here. The bytes are stored on the
 * device first, then the record is inserted into RxDB (it replicates like
 * any record); removing deletes both.
 */
export function documentsRepo(deps: DocumentsRepoDeps) {
  const documents = deps.db.documents;

  async function insert(
    target: AttachTarget,
    kind: DocumentKind,
    file: PreparedFile,
    placement: { bundleId: string | null; page: number },
  ): Promise<string> {
    const id = uuidv7(deps.now().getTime(), deps.random(10));
    await deps.files.put(id, file.blob, file.compressed ? file.originalSize : undefined);
    const record: DocumentDoc = {
      id,
      familyId: deps.familyId,
      serverSeq: 0,
      ...targetSelector(target, kind),
      bundleId: placement.bundleId ?? (placement.page === 1 ? id : null),
      page: placement.page,
      fileName: file.fileName,
      mimeType: file.mimeType,
      size: file.size,
      sha256: file.sha256,
      createdAt: deps.now().toISOString(),
      conflicts: [],
      status: 'queued',
      rejection: null,
      uploadedAt: null,
    };
    await documents.insert(record);
    deps.pending.mark('documents', id);
    return id;
  }

  return {
    /** The pages of that kind on that record, in order. */
    async list(target: AttachTarget, kind: DocumentKind): Promise<DocumentDoc[]> {
      const docs = await documents.find({ selector: targetSelector(target, kind) }).exec();
      return readDocuments(docs).sort(byPage);
    },

    async get(id: string): Promise<DocumentDoc | null> {
      const doc = await documents.findOne(id).exec();
      return doc ? (readDocuments([doc])[0] ?? null) : null;
    },

    /** The scans a new one on `target` must not repeat (`except`: the page a retake replaces). */
    async attachedScans(target: AttachTarget, except?: string): Promise<AttachedScan[]> {
      const docs = readDocuments(await documents.find().exec());
      return scansAlreadyAttached(
        target,
        docs.filter((d) => d.id !== except),
      );
    },

    /** Adds pages after the ones already there; returns their ids in order. */
    async attach(
      target: AttachTarget,
      kind: DocumentKind,
      files: readonly PreparedFile[],
    ): Promise<string[]> {
      const existing = await this.list(target, kind);
      let { bundleId, page } = nextPlacement(existing);
      const ids: string[] = [];
      for (const file of files) {
        const id = await insert(target, kind, file, { bundleId, page });
        bundleId ??= id;
        page += 1;
        ids.push(id);
      }
      return ids;
    },

    /** «Переснять»: a new scan takes the rejected page's place, the old one goes. */
    async retake(id: string, file: PreparedFile): Promise<string | null> {
      const o = await this.get(id);
      if (!o) return null;
      const newId = await insert(
        { childId: o.childId, applicationId: o.applicationId, accountId: o.accountId },
        o.kind,
        file,
        // The bundle keeps its key (the first page's original id), so the pages stay together.
        { bundleId: o.bundleId ?? o.id, page: o.page },
      );
      await this.remove(id);
      return newId;
    },

    /** Deletes the local bytes and tombstones the record; the server then deletes its copy of the bytes. */
    async remove(id: string): Promise<void> {
      await deps.files.delete(id);
      const doc = await documents.findOne(id).exec();
      if (!doc) return;
      await doc.remove();
      deps.pending.mark('documents', id);
    },
  };
}

export type DocumentsRepo = ReturnType<typeof documentsRepo>;
