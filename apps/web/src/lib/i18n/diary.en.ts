import type { DiaryStatus } from '@rodnik/domain';
import type { diaryRu } from './diary.ru.ts';

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

/** The electronic diary: consent, grades and homework (issue 13), spread into `en`. */
export const diaryEn: { [K in keyof typeof diaryRu]: Widen<(typeof diaryRu)[K]> } = {
  diaryTitle: 'Electronic school diary',
  diaryLink: 'Electronic school diary',
  diaryMine: 'My school diary',
  diaryLead:
    'Grades and homework from the school’s electronic diary. What was fetched opens offline too.',
  diaryNoChildren: 'Add a child card to connect the diary.',
  diaryNotFound: 'There is no such child in the family.',
  diaryStatus: (status: DiaryStatus): string =>
    ({
      none: 'The diary is not connected',
      waiting: 'Consent given, waiting for the school’s data',
      ready: 'The diary is connected',
      'not-school-age': 'The school keeps no diary for this child: not of school age yet',
      'card-not-verified': 'The diary opens once the child’s card is verified',
      withdrawn: 'Consent withdrawn, grades removed',
    })[status],
  diaryConsentHeading: 'Consent to share data',
  diaryConsentWhat:
    'To find the pupil, the birth date and birth certificate from the verified card are sent to the school registry. Grades by subject and homework come back.',
  diaryConsentWho:
    'The family’s parents and the child in their own account will see them. The data is refreshed several times a day.',
  diaryConsentWithdrawNote:
    'You can withdraw consent at any time: the grades and homework are removed from the server and from every phone of the family.',
  diaryGiveConsent: 'Give consent and connect',
  diaryWithdraw: 'Withdraw consent',
  diaryWithdrawQuestion:
    'Withdraw consent? Grades and homework will be removed from every phone of the family.',
  diaryConsentGivenAt: (at: string) => `Consent given ${at}.`,
  diaryFetchedAt: (at: string) => `Fetched from the school ${at}.`,
  diaryUnsent: 'Your choice is saved on this phone and goes to the server once online.',
  diaryChildNote: 'A parent can connect or disconnect the diary.',
  diaryGradesHeading: 'Grades',
  diaryHomeworkHeading: 'Homework',
  diaryNoGrades: 'No grades yet.',
  diaryNoHomework: 'No homework yet.',
  diaryGrade: (value: number, date: string) => `grade ${value}, ${date}`,
  diaryDue: (date: string) => `Due ${date}`,
};
