/**
 * The registries port (ZAGS, SNILS…). A fixture adapter ships; a real
 * registry gateway plugs in behind the same interface.
 */
export interface ChildIdentity {
  surname: string;
  givenName: string;
  patronymic?: string | undefined;
  birthDate: string;
  certificate: { kind: 'ru' | 'foreign'; series?: string | undefined; number: string };
  snils?: string | undefined;
}

export type RegistryIssueCode =
  | 'registry-not-found'
  | 'registry-name-mismatch'
  | 'registry-birth-date-mismatch'
  | 'registry-snils-mismatch';

/** A parent as the civil registry's birth record names them. */
export interface RecordedParent {
  surname: string;
  givenName: string;
  patronymic?: string | undefined;
}

export interface RegistryAnswer {
  /** Empty when the registry confirms the identity. */
  issues: { field: string; code: RegistryIssueCode }[];
  /**
   * The parents the birth record names, when the registry found the record;
   * undefined when it cannot say (a record it does not hold, in the demo mode).
   */
  parents?: { mother?: RecordedParent | undefined; father?: RecordedParent | undefined };
}

/** Whom the passport registry (МВД) holds a passport for. */
export interface PassportHolder {
  surname: string;
  givenName: string;
  patronymic: string | null;
  /** ISO date. */
  birthDate: string;
}

export interface Registry {
  checkChild(identity: ChildIdentity): Promise<RegistryAnswer>;
  /**
   * The holder of a valid Russian passport, or null when the registry has no
   * such (valid) passport. `'any-holder'` is the demo stand-in's answer for a
   * passport it does not know: it vouches for whoever presents it.
   */
  lookupPassport(passport: {
    series: string;
    number: string;
  }): Promise<PassportHolder | 'any-holder' | null>;
}
