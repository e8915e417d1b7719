import type { ApplicationStatus, DocumentKind } from '@rodnik/domain';
import {
  API_BASE,
  NetworkFailure,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  failureFrom,
} from '../api/api-client.ts';
import type { ApplicationDoc } from '../applications/applications-repo.ts';

/**
 * The operators' calls (online by nature; no RxDB). Loaded only by the
 * `/operator` routes, so none of it is in a parent's bundle.
 */

export type OperatorChild = {
  surname: string;
  givenName: string;
  patronymic?: string | null;
  birthDate: string;
};

export type OperatorListItem = {
  id: string;
  requestNumber: string | null;
  serviceId: string;
  status: ApplicationStatus;
  receivedAt: string | null;
  expectedDecisionDate: string | null;
  child: OperatorChild | null;
};

export type OperatorDocument = {
  id: string;
  rejection?: { code: string; params?: Record<string, string | number> } | null;
  kind: DocumentKind;
  fileName: string;
  mimeType: string;
  size: number;
  page?: number;
  status: string;
};

export type OperatorApplicant = {
  surname: string;
  givenName: string;
  patronymic: string | null;
  confirmed: boolean;
};

export type OperatorDetail = {
  application: ApplicationDoc;
  child: OperatorChild | null;
  /** The applying parent; absent from a server older than issue 13. */
  applicant?: OperatorApplicant | null;
  documents: OperatorDocument[];
};

export type Decision =
  | {
      action: 'approve';
      result?: {
        place?: string;
        startDate?: string;
        referral?: string;
        bring?: string;
        byDate?: string;
        documentNumber?: string;
        amountRub?: number;
      };
    }
  | {
      action: 'reject';
      reason: string;
      correctable?: { fields: string[]; documentKinds: DocumentKind[] };
    }
  | { action: 'request-info'; question: string; fields: string[]; documentKinds: DocumentKind[] };

export function createOperatorApi(options: { token: () => string | null; fetch?: typeof fetch }) {
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { [PROTOCOL_HEADER]: PROTOCOL_VERSION };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const token = options.token();
    if (token) headers['authorization'] = `Bearer ${token}`;
    let response: Response;
    try {
      response = await doFetch(`${API_BASE}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new NetworkFailure(error);
    }
    if (!response.ok) {
      const text = await response.text();
      let json: unknown = null;
      try {
        json = text ? (JSON.parse(text) as unknown) : null;
      } catch {
        json = null;
      }
      throw failureFrom(response.status, json);
    }
    return response;
  }

  const json = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> =>
    (await (await send(method, path, body)).json()) as T;

  return {
    /** One page; pass the previous page's `next` as `after` for the one after it. */
    list(filter: { status?: string; serviceId?: string; after?: string | null }) {
      const q = new URLSearchParams();
      if (filter.status) q.set('status', filter.status);
      if (filter.serviceId) q.set('serviceId', filter.serviceId);
      if (filter.after) q.set('after', filter.after);
      const query = q.toString();
      return json<{ applications: OperatorListItem[]; next: string | null }>(
        'GET',
        `/operator/applications${query ? `?${query}` : ''}`,
      );
    },
    get: (id: string) =>
      json<OperatorDetail>('GET', `/operator/applications/${encodeURIComponent(id)}`),
    decide: (id: string, decision: Decision) =>
      json<{ application: ApplicationDoc }>(
        'POST',
        `/operator/applications/${encodeURIComponent(id)}/decision`,
        decision,
      ),
    /** The file's bytes, with the Bearer header (a plain link could not send it). */
    async documentContent(id: string): Promise<Blob> {
      return (await send('GET', `/documents/${encodeURIComponent(id)}/content`)).blob();
    },
  };
}

export type OperatorApi = ReturnType<typeof createOperatorApi>;
