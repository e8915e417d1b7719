import type { DocumentKind } from '../collections/documents.ts';

/** Text in both languages of the portal. */
export type Localized = { readonly ru: string; readonly en: string };

export type ConditionValue = string | number | boolean;

/**
 * A condition on another field of the same form (or of the same group item): true when that
 * field is visible and its normalised value equals `equals` or is one of `oneOf`
 * (for a multi-select: when one of its choices does).
 */
export type Condition =
  | { readonly field: string; readonly equals: ConditionValue }
  | { readonly field: string; readonly oneOf: readonly ConditionValue[] };

export type SelectOption = { readonly value: string; readonly label: Localized };

/**
 * Where the choices of a select come from: listed here, or a directory (municipalities,
 * kindergartens, …) that the server serves; `filterBy` names the field whose value narrows
 * the directory (kindergartens of the chosen municipality). Directory values are ids; that
 * they exist is the server's check.
 */
export type ChoiceSource =
  | { readonly kind: 'options'; readonly options: readonly SelectOption[] }
  | {
      readonly kind: 'directory';
      readonly directory: string;
      readonly filterBy?: string;
      /** Only entries whose age range holds the child's age (schools, clubs). */
      readonly byChildAge?: boolean;
    };

type FieldBase = {
  /** The key in the answers; a stable id (at most 80 characters). */
  readonly id: string;
  readonly label: Localized;
  readonly hint?: Localized;
  /** Required while visible; a hidden field is never required and its value is dropped. */
  readonly required: boolean;
  readonly visibleWhen?: Condition;
};

export type TextField = FieldBase & {
  readonly kind: 'text';
  readonly maxLength: number;
  readonly multiline?: boolean;
};
export type NumberField = FieldBase & {
  readonly kind: 'number';
  readonly min?: number;
  readonly max?: number;
  readonly integer: boolean;
};
/** A date typed as ДД.ММ.ГГГГ, stored ISO; the past/future checks need the injected clock. */
export type DateField = FieldBase & {
  readonly kind: 'date';
  readonly notInPast?: boolean;
  readonly notInFuture?: boolean;
};
export type SelectField = FieldBase & { readonly kind: 'select'; readonly source: ChoiceSource };
/** Several choices in the order of preference, without repeats. */
export type MultiSelectField = FieldBase & {
  readonly kind: 'multi-select';
  readonly source: ChoiceSource;
  readonly maxItems: number;
  readonly ordered: boolean;
};
/** A checkbox: absent means unticked; `required` means it must be ticked. */
export type BooleanField = FieldBase & { readonly kind: 'boolean' };
/** An amount in roubles and kopecks; stored as a decimal string `"125000.50"`. */
export type MoneyField = FieldBase & { readonly kind: 'money'; readonly max?: number };
export type BikField = FieldBase & { readonly kind: 'bik' };
/** A 20-digit account, checked with the control key against the БИК in field `bikField`. */
export type BankAccountField = FieldBase & {
  readonly kind: 'bank-account';
  readonly bikField: string;
};
export type OmsPolicyField = FieldBase & { readonly kind: 'oms-policy' };

export type ScalarField =
  | TextField
  | NumberField
  | DateField
  | SelectField
  | MultiSelectField
  | BooleanField
  | MoneyField
  | BikField
  | BankAccountField
  | OmsPolicyField;

/** A repeatable group (family members): a list of items, each with the same fields. */
export type GroupField = FieldBase & {
  readonly kind: 'group';
  readonly fields: readonly ScalarField[];
  readonly minItems: number;
  readonly maxItems: number;
  readonly itemLabel: Localized;
};

export type FormField = ScalarField | GroupField;
export type FieldKind = FormField['kind'];

/** A document kind the application needs, always or only when the condition holds. */
export type DocumentRule = { readonly kind: DocumentKind; readonly when?: Condition };

export type Eligibility = {
  /** Minimum age in full years on the day of applying (inclusive). */
  readonly minAge?: number;
  /** Maximum age in full years on the day of applying (inclusive). */
  readonly maxAge?: number;
  readonly confirmedAccount?: boolean;
};

/** Where the portal files a service; the services screen groups by it. */
export type ServiceCategory = 'education' | 'health' | 'documents' | 'leisure' | 'benefits';

/** What an operator's approval states, beyond «одобрено»: the result's parts this service uses. */
export type ResultPart =
  'place' | 'startDate' | 'referral' | 'bring' | 'byDate' | 'documentNumber' | 'amount';

/**
 * Money that follows an approval, through the server's `Payments` port: a benefit paid out
 * monthly, or a paid option the family pays (its price is the chosen directory entry's).
 */
export type PaymentRule =
  | { readonly kind: 'payout' }
  | { readonly kind: 'charge'; readonly when: Condition; readonly priceField: string };

/** One service of the catalog, entirely data: the web renders it, the server re-checks it. */
export type Service = {
  readonly id: string;
  readonly title: Localized;
  readonly description: Localized;
  readonly form: readonly FormField[];
  readonly requiredDocuments: readonly DocumentRule[];
  readonly eligibility: Eligibility;
  /** The usual time to a decision, in working days after arrival. */
  readonly decisionWorkingDays: number;
  readonly category?: ServiceCategory;
  /** The parts of the decision's result the operator fills in on approval. */
  readonly resultParts?: readonly ResultPart[];
  /** An approval delivers this document (a certificate, an extract) to the family's phones. */
  readonly issuesDocument?: { readonly title: Localized };
  readonly payment?: PaymentRule;
  /** A refusal may name what to correct, and the family resends a corrected copy. */
  readonly correctableRefusal?: boolean;
};
