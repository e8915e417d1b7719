import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { issuesToFieldErrors, validate } from './validate.ts';
import { makeChildCardSchema } from './child-card/child-card.schema.ts';
import { Snils } from './person/snils.ts';
import { PersonName } from './person/name.ts';
import { DateRu } from './dates/date-ru.ts';
import { Address } from './child-card/address.ts';

const ChildCard = makeChildCardSchema({ today: () => '2025-06-01' });

describe('validate', () => {
  it('returns the parsed data on success', () => {
    expect(validate(Snils, '112-233-445 95')).toEqual({ success: true, data: '11223344595' });
  });

  it('maps issues to field paths joined with dots and localized messages', () => {
    const r = validate(z.object({ address: Address }), { address: { postcode: '1' } });
    expect(r.success).toBe(false);
    expect(!r.success && r.errors.find((e) => e.field === 'address.postcode')).toEqual({
      field: 'address.postcode',
      code: 'postcode-format',
      message: 'Индекс: нужно 6 цифр',
      messageEn: 'Postcode: needs 6 digits',
    });
  });

  it("uses 'required' for missing values and 'invalid-value' for wrong types", () => {
    const schema = z.object({ a: z.string(), b: z.number(), c: z.enum(['x', 'y']) });
    const r = validate(schema, { b: 'nope', c: 'z' });
    expect(!r.success && r.errors.map((e) => [e.field, e.code])).toEqual([
      ['a', 'required'],
      ['b', 'invalid-value'],
      ['c', 'invalid-value'],
    ]);
  });

  it('surfaces the closest union branch instead of a generic union error', () => {
    const schema = z.union([
      z.object({ kind: z.literal('phone'), phone: z.string() }),
      z.object({ kind: z.literal('snils'), snils: Snils }),
    ]);
    const r = validate(schema, { kind: 'snils', snils: '112-233-445 96' });
    expect(!r.success && r.errors.map((e) => [e.field, e.code])).toEqual([
      ['snils', 'snils-checksum'],
    ]);
  });

  it('passes message parameters through (max length)', () => {
    const r = validate(z.object({ note: z.string().max(5) }), { note: '123456' });
    expect(!r.success && r.errors[0]).toMatchObject({ field: 'note', code: 'too-long' });
    expect(!r.success && r.errors[0]?.message).toContain('5');
  });

  it('never throws, whatever the input (property)', () => {
    const schemas = [ChildCard, Snils, PersonName, DateRu, Address];
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (input) => {
        for (const schema of schemas) {
          const r = validate(schema, input);
          if (!r.success) {
            expect(r.errors.length).toBeGreaterThan(0);
            for (const e of r.errors) expect(e.message).not.toBe('');
          }
        }
      }),
    );
  });

  it('never throws on card-shaped input with wrong leaves (property)', () => {
    const leaf = fc.oneof(fc.string(), fc.anything());
    fc.assert(
      fc.property(
        fc.record(
          {
            surname: leaf,
            birthDate: leaf,
            address: fc.dictionary(fc.string(), leaf),
            birthCertificate: fc.record({
              kind: fc.constantFrom('ru', 'foreign', 'x'),
              issueDate: leaf,
            }),
            consent: leaf,
          },
          { requiredKeys: [] },
        ),
        (input) => {
          expect(() => validate(ChildCard, input)).not.toThrow();
        },
      ),
    );
  });
});

describe('issuesToFieldErrors', () => {
  it('also reads issues from a plain safeParse without our error map', () => {
    const r = z.object({ a: z.string(), b: z.string() }).safeParse({ b: 1 });
    expect(!r.success && issuesToFieldErrors(r.error.issues).map((e) => [e.field, e.code])).toEqual(
      [
        ['a', 'required'],
        ['b', 'invalid-value'],
      ],
    );
  });
});
