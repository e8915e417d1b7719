import { describe, expect, it } from 'vitest';
import { validate } from '../validate.ts';
import { PassportRu } from './passport.ts';

const valid = {
  surname: 'петрова',
  givenName: 'Ольга',
  patronymic: '',
  birthDate: '12.04.1988',
  series: '45 06',
  number: '123456',
  issueDate: '20.05.2008',
  issuedBy: 'ОУФМС России по г. Москве',
  departmentCode: '770001',
};

describe('PassportRu', () => {
  it('normalises series, department code and names', () => {
    const r = PassportRu.safeParse(valid);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      surname: 'Петрова',
      series: '4506',
      departmentCode: '770-001',
      birthDate: '1988-04-12',
    });
    expect(r.data?.patronymic).toBeUndefined();
  });

  it('names each wrong field with its own code', () => {
    const r = validate(PassportRu, {
      ...valid,
      series: '45 0',
      number: '12345',
      departmentCode: '77-01',
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    const codes = Object.fromEntries(r.errors.map((e) => [e.field, e.code]));
    expect(codes).toMatchObject({
      series: 'passport-series-format',
      number: 'passport-number-format',
      departmentCode: 'passport-department-code-format',
    });
  });
});
