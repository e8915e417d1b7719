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

export interface RegistryAnswer {
  /** Empty when the registry confirms the identity. */
  issues: { field: string; code: RegistryIssueCode }[];
}

export interface Registry {
  checkChild(identity: ChildIdentity): Promise<RegistryAnswer>;
}
