import { ApplicationStatus, COLLECTIONS, documentSchema } from '@rodnik/domain';
import type { operations } from '@rodnik/sync-client/api';
import type { z } from 'zod';
import { createApiClient, ok } from '../api/api-client.ts';
import { ApplicationDocument, type ApplicationDoc } from '../applications/applications-repo.ts';

/**
 * The operators' calls over the one generated client (online by nature; no
 * RxDB). The server sends replicated records as open documents, so this is
 * their boundary: each is parsed into the domain's type here. Loaded only by
 * the `/operator` routes, so none of it is in a parent's bundle.
 */

type ListAnswer =
  operations['getOperatorApplications']['responses'][200]['content']['application/json'];
type DetailAnswer =
  operations['getOperatorApplicationsById']['responses'][200]['content']['application/json'];
type ListQuery = NonNullable<operations['getOperatorApplications']['parameters']['query']>;

export type OperatorListItem = ListAnswer['applications'][number];
export type OperatorChild = NonNullable<DetailAnswer['child']>;
export type OperatorApplicant = NonNullable<DetailAnswer['applicant']>;
export type Decision =
  operations['postOperatorApplicationsByIdDecision']['requestBody']['content']['application/json'];

/** What the desk shows of a scan. */
const OperatorDocument = documentSchema(COLLECTIONS.documents).pick({
  id: true,
  rejection: true,
  kind: true,
  fileName: true,
  mimeType: true,
  size: true,
  page: true,
  status: true,
});
export type OperatorDocument = z.output<typeof OperatorDocument>;

export type OperatorDetail = {
  application: ApplicationDoc;
  child: DetailAnswer['child'];
  applicant: DetailAnswer['applicant'];
  documents: OperatorDocument[];
};

export function createOperatorApi(options: { token: () => string | null; fetch?: typeof fetch }) {
  const api = createApiClient(options);
  return {
    /** One page; pass the previous page's `next` as `after` for the one after it. */
    list(filter: { status?: string; serviceId?: string; after?: string | null }) {
      const query: ListQuery = {};
      const status = ApplicationStatus.safeParse(filter.status);
      if (status.success) query.status = status.data;
      if (filter.serviceId) query.serviceId = filter.serviceId;
      if (filter.after) query.after = filter.after;
      return ok(api.GET('/api/v1/operator/applications', { params: { query } }));
    },
    async get(id: string): Promise<OperatorDetail> {
      const detail = await ok(
        api.GET('/api/v1/operator/applications/{id}', { params: { path: { id } } }),
      );
      return {
        application: ApplicationDocument.parse(detail.application),
        child: detail.child,
        applicant: detail.applicant,
        documents: detail.documents.map((doc) => OperatorDocument.parse(doc)),
      };
    },
    async decide(id: string, decision: Decision): Promise<{ application: ApplicationDoc }> {
      const decided = await ok(
        api.POST('/api/v1/operator/applications/{id}/decision', {
          params: { path: { id } },
          body: decision,
        }),
      );
      return { application: ApplicationDocument.parse(decided.application) };
    },
    /** The file's bytes, with the Bearer header (a plain link could not send it). */
    documentContent: (id: string): Promise<Blob> =>
      ok(api.GET('/api/v1/documents/{id}/content', { params: { path: { id } }, parseAs: 'blob' })),
  };
}

export type OperatorApi = ReturnType<typeof createOperatorApi>;
