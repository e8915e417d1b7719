import { z } from 'zod';
import {
  codedString,
  missingOrInvalid,
  optionalField,
  requiredText,
} from '../errors/coded-string.ts';

export const Postcode = codedString(
  (s) => s.trim().replace(/\s/g, ''),
  (s) => {
    if (s === '') return 'required';
    return /^\d{6}$/.test(s) ? undefined : 'postcode-format';
  },
);

/** A registration address; street is optional because small villages have none. */
export const Address = z.object(
  {
    region: requiredText(200),
    district: optionalField(requiredText(200)),
    settlement: requiredText(200),
    street: optionalField(requiredText(200)),
    house: requiredText(20),
    building: optionalField(requiredText(20)),
    apartment: optionalField(requiredText(20)),
    postcode: Postcode,
  },
  { error: missingOrInvalid },
);

export type AddressInput = z.input<typeof Address>;
export type AddressData = z.output<typeof Address>;
