import type { ApplicationStatus } from '@rodnik/domain';
import type { Clock } from '../deps.ts';
import type { Store } from '../store/store.ts';
import { arrivalJobId, enqueueArrival } from './arrival-job.ts';
import { belongsTo } from './application-documents.ts';
import { familyDocs } from '../store/family-docs.ts';
import { senderOf } from './sender.ts';

/** Same shape as the uploads' `DocumentSettledListener`. */
export type ApplicationsDocumentListener = (documentId: string) => Promise<void>;

/**
 * When a document is accepted or rejected, the applications of its family
 * that wait for documents and could count it are checked again: a stored job
 * per application (its sender read from the application's lookup key), then
 * the worker is woken. Jobs live in the store, so a restart loses nothing.
 */
export function applicationsDocumentListener(deps: {
  store: Store;
  clock: Clock;
  newId(): string;
  kickApplications(): void;
}): ApplicationsDocumentListener {
  return async (documentId) => {
    const requeued = await deps.store.transaction(async (tx) => {
      const document = await tx.getDoc('documents', documentId);
      if (!document) return 0;
      const applications = await familyDocs(tx, 'applications', document.familyId);
      let count = 0;
      for (const application of applications) {
        const status = application.data.status as ApplicationStatus;
        if (status !== 'submitted' && status !== 'resubmitted') continue;
        const ref = {
          applicationId: application.id,
          childId: (application.data.childId as string | null) ?? null,
          documentIds: (application.data.documentIds as string[] | undefined) ?? [],
          senderAccountId: await senderOf(tx, application),
        };
        if (!belongsTo(ref, document)) continue;
        const submittedAt = application.data.submittedAt;
        if (typeof submittedAt !== 'string') continue;
        // A new job of its own, so a run of the send's first job in flight cannot swallow it.
        await enqueueArrival(tx, {
          id: `${arrivalJobId(application.id, submittedAt)}:recheck:${deps.newId()}`,
          applicationId: application.id,
          submittedAt,
          accountId: ref.senderAccountId ?? '',
          now: deps.clock.now().toISOString(),
        });
        count += 1;
      }
      return count;
    });
    if (requeued > 0) deps.kickApplications();
  };
}
