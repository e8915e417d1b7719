import {
  ageOn,
  eligibility,
  paymentPlan,
  isDirectoryValue,
  parseDateRu,
  requiredDocumentsFor,
  validateAnswers,
  visibleFieldIds,
  type DocumentKind,
  type FieldIssue,
  type Service,
} from '@rodnik/domain';
import { belongsTo } from './application-documents.ts';

/** What the arrival check reads, already loaded from the store. */
export interface ArrivalFacts {
  applicationId: string;
  service: Service | undefined;
  childId: string | null;
  answers: unknown;
  documentIds: readonly string[];
  /** Whether the family ticked the consent to process personal data. */
  consentGiven: boolean;
  /** The child card's fields, or null when the card is gone. */
  child: { birthDate?: unknown } | null;
  senderAccountId: string;
  senderConfirmed: boolean;
  /** Every live document record of the family. */
  documents: ReadonlyArray<{ id: string; data: Record<string, unknown> }>;
  /** ISO `YYYY-MM-DD`. */
  today: string;
}

export interface ArrivalVerdict {
  /** Problems the family must fix: answer paths, `childId`, `account`, `documents.<kind>`. */
  issues: FieldIssue[];
  /** Answer field ids (top level) the family should change. */
  fields: string[];
  /** Document kinds to attach or retake. */
  documentKinds: DocumentKind[];
  /** Required documents still on their way: the check waits for them. */
  pending: DocumentKind[];
}

const SETTLING = new Set(['queued', 'uploading', 'uploaded']);

/**
 * The server's check of a sent application against the catalog: answers,
 * directory choices, who may apply, and the required documents. Pure: the
 * caller loads the facts and writes the verdict.
 */
export function checkArrival(facts: ArrivalFacts): ArrivalVerdict {
  const verdict: ArrivalVerdict = { issues: [], fields: [], documentKinds: [], pending: [] };
  const { service } = facts;
  if (!service) {
    verdict.issues.push({ field: 'serviceId', code: 'unknown-service' });
    return verdict;
  }
  const answerIssue = (field: string, code: FieldIssue['code']) => {
    verdict.issues.push({ field, code });
    const top = field.split('.')[0]!;
    if (top && !verdict.fields.includes(top)) verdict.fields.push(top);
  };
  const birthDate =
    typeof facts.child?.birthDate === 'string' ? parseDateRu(facts.child.birthDate) : undefined;
  const childAge = birthDate ? ageOn(birthDate, facts.today) : undefined;
  const checked = validateAnswers(service, facts.answers, { today: () => facts.today });
  if (!checked.success) {
    for (const error of checked.errors) answerIssue(error.field, error.code);
  } else {
    for (const [field, code] of directoryProblems(service, checked.data, childAge)) {
      answerIssue(field, code);
    }
    // A paid group asked of a place that has none: the family picks a free group or another place.
    const plan = paymentPlan(service, checked.data);
    if (plan.kind === 'no-price') answerIssue(plan.field, 'invalid-value');
  }

  if (!facts.consentGiven) verdict.issues.push({ field: 'consent', code: 'consent-required' });

  if (!facts.childId || !facts.child) {
    verdict.issues.push({ field: 'childId', code: 'required' });
  } else if (!birthDate) {
    verdict.issues.push({ field: 'childId', code: 'invalid-value' });
  } else {
    for (const reason of eligibility(service, {
      childBirthDate: birthDate,
      today: facts.today,
      accountConfirmed: facts.senderConfirmed,
    })) {
      verdict.issues.push({
        field: reason.code === 'account-not-confirmed' ? 'account' : 'childId',
        code: reason.code,
      });
    }
  }

  const answers = checked.success ? checked.data : facts.answers;
  for (const kind of requiredDocumentsFor(service, answers)) {
    const state = documentState(facts, kind);
    if (state === 'accepted') continue;
    if (state === 'pending') {
      verdict.pending.push(kind);
      continue;
    }
    verdict.issues.push({
      field: `documents.${kind}`,
      code: state === 'rejected' ? 'document-not-accepted' : 'document-missing',
    });
    verdict.documentKinds.push(kind);
  }
  return verdict;
}

/**
 * Directory choices (municipality, kindergartens, school, clinic, club) that are not in the
 * directory, or (`byChildAge`) do not take a child of this age.
 */
function directoryProblems(
  service: Service,
  answers: Record<string, unknown>,
  childAge: number | undefined,
) {
  const problems: [string, FieldIssue['code']][] = [];
  const visible = new Set(visibleFieldIds(service.form, answers));
  for (const field of service.form) {
    if (!visible.has(field.id)) continue;
    if (field.kind !== 'select' && field.kind !== 'multi-select') continue;
    if (field.source.kind !== 'directory') continue;
    const { directory, filterBy } = field.source;
    const age = field.source.byChildAge ? childAge : undefined;
    const parentValue = filterBy ? answers[filterBy] : undefined;
    // An unknown parent (municipality) is reported on its own field.
    if (filterBy && typeof parentValue !== 'string') continue;
    const parent = typeof parentValue === 'string' ? parentValue : undefined;
    const value = answers[field.id];
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    values.forEach((choice, index) => {
      const ok = typeof choice === 'string' && isDirectoryValue(directory, choice, parent, age);
      if (!ok) {
        problems.push([Array.isArray(value) ? `${field.id}.${index}` : field.id, 'invalid-value']);
      }
    });
  }
  return problems;
}

/** One accepted page is enough; else a page on its way makes the check wait; only rejected ones mean «retake». */
function documentState(
  facts: ArrivalFacts,
  kind: DocumentKind,
): 'accepted' | 'pending' | 'rejected' | 'missing' {
  const ref = {
    applicationId: facts.applicationId,
    childId: facts.childId,
    documentIds: facts.documentIds,
    senderAccountId: facts.senderAccountId,
  };
  const candidates = facts.documents.filter(
    (document) => document.data.kind === kind && belongsTo(ref, document),
  );
  if (candidates.some(({ data }) => data.status === 'accepted')) return 'accepted';
  if (candidates.some(({ data }) => SETTLING.has(String(data.status)))) return 'pending';
  if (candidates.length > 0) return 'rejected';
  // The application and its scans' records replicate separately, in any order:
  // a listed record not here yet is on its way (its kind is unknown until it lands).
  const here = new Set(facts.documents.map((document) => document.id));
  return facts.documentIds.some((id) => !here.has(id)) ? 'pending' : 'missing';
}
