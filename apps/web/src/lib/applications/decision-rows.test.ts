import { describe, expect, it } from 'vitest';
import { ru } from '../i18n/messages.ru.ts';
import { resultRows } from './decision-rows.ts';

describe('a decision’s result in words', () => {
  it('lists the parts given, dates as ДД.ММ.ГГГГ, the amount in roubles', () => {
    expect(
      resultRows(
        { place: 'Детский сад № 17', startDate: '2027-09-01', bring: null, amountRub: 8450 },
        ru,
      ),
    ).toEqual([
      { key: 'place', label: 'Место', value: 'Детский сад № 17' },
      { key: 'startDate', label: 'Дата начала', value: '01.09.2027' },
      { key: 'amountRub', label: 'Сумма в месяц', value: '8\u00a0450 ₽' },
    ]);
    expect(resultRows(null, ru)).toEqual([]);
  });
});
