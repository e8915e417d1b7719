import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from './fixture-registry.ts';

describe('fixture registry: passports', () => {
  it('knows its test passports in both modes', async () => {
    for (const mode of ['fixture', 'permissive'] as const) {
      expect(
        await fixtureRegistry(mode).lookupPassport({ series: '4506', number: '100001' }),
      ).toEqual({
        surname: 'Иванова',
        givenName: 'Елена',
        patronymic: 'Петровна',
        birthDate: '1990-04-12',
      });
    }
  });

  it('finds no other passport in fixture mode; vouches for any in permissive mode but … 000000', async () => {
    const other = { series: '1234', number: '567890' };
    expect(await fixtureRegistry('fixture').lookupPassport(other)).toBeNull();
    expect(await fixtureRegistry('permissive').lookupPassport(other)).toBe('any-holder');
    const unknown = { series: '1234', number: '000000' };
    expect(await fixtureRegistry('permissive').lookupPassport(unknown)).toBeNull();
  });
});
