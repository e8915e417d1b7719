import { ageOn, eligibility, isIsoDate, parseDateRu, type Service } from '@rodnik/domain';
import type { Messages } from '../i18n/messages.ru.ts';

type Words = Pick<
  Messages,
  'childTooYoung' | 'childTooOld' | 'confirmAccountNeeded' | 'childBirthDateMissing'
>;

/**
 * Why this child may not be applied for today, in words ([] means allowed).
 * Typing a draft is never blocked by these; sending is.
 */
export function ineligibilityWords(
  service: Service,
  input: { childBirthDate: string | undefined; today: string; accountConfirmed: boolean },
  m: Words,
): string[] {
  const typed = input.childBirthDate?.trim() ?? '';
  const birth = isIsoDate(typed) ? typed : parseDateRu(typed);
  if (birth === undefined) {
    return [
      m.childBirthDateMissing,
      ...(service.eligibility.confirmedAccount && !input.accountConfirmed
        ? [m.confirmAccountNeeded]
        : []),
    ];
  }
  return eligibility(service, {
    childBirthDate: birth,
    today: input.today,
    accountConfirmed: input.accountConfirmed,
  }).map((r) => {
    if (r.code === 'service-child-too-young') return m.childTooYoung(r.params['min'] ?? 0);
    if (r.code === 'service-child-too-old') return m.childTooOld(r.params['max'] ?? 0);
    return m.confirmAccountNeeded;
  });
}

/** The child's age in full years today, from the card's birth date as typed; undefined if unknown. */
export function childAgeOn(childBirthDate: string | undefined, today: string): number | undefined {
  const typed = childBirthDate?.trim() ?? '';
  const birth = isIsoDate(typed) ? typed : parseDateRu(typed);
  return birth === undefined ? undefined : ageOn(birth, today);
}

/**
 * Why this child cannot use the service at all (its age): shown on the services list, and no
 * draft is made. An unconfirmed account only stops the send, so a draft may still start.
 */
export function draftBlockers(
  service: Service,
  input: { childBirthDate: string | undefined; today: string },
  m: Pick<Messages, 'childTooYoung' | 'childTooOld'>,
): string[] {
  const typed = input.childBirthDate?.trim() ?? '';
  const birth = isIsoDate(typed) ? typed : parseDateRu(typed);
  if (birth === undefined) return [];
  return eligibility(service, { childBirthDate: birth, today: input.today, accountConfirmed: true })
    .filter((r) => r.code === 'service-child-too-young' || r.code === 'service-child-too-old')
    .map((r) =>
      r.code === 'service-child-too-young'
        ? m.childTooYoung(r.params['min'] ?? 0)
        : m.childTooOld(r.params['max'] ?? 0),
    );
}
