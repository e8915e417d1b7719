export { Address, Postcode } from './address.ts';
export type { AddressData, AddressInput } from './address.ts';
export {
  BirthCertificate,
  BirthCertificateNumber,
  BirthCertificateSeries,
  ForeignBirthCertificate,
  RussianBirthCertificate,
  isCertificateSeries,
  normalizeCertificateSeries,
} from './birth-certificate.ts';
export type { BirthCertificateData, BirthCertificateInput } from './birth-certificate.ts';
export { CountryCode } from './country.ts';
export {
  CHILD_CARD_FIELDS,
  ChildCardShape,
  PARENT_RELATIONS,
  RELATIONS,
  residenceOf,
  Consent,
  SENSITIVE_CHILD_FIELDS,
  SEXES,
  makeChildCardSchema,
  withoutUndefinedKeys,
} from './child-card.schema.ts';
export type {
  ChildCardData,
  ChildCardField,
  ChildCardInput,
  ChildCardSchema,
  ChildCardSchemaDeps,
  Relation,
  Sex,
} from './child-card.schema.ts';
