import { describe, expect, it } from 'vitest';
import { ru } from '../i18n/messages.ru.ts';
import {
  byField,
  conflictsBeside,
  conflictsElsewhere,
  lostAt,
  reasonText,
  valueText,
  whoLost,
} from './conflict-words.ts';

const at = '2026-12-07T06:05:00.000Z';
const list = [
  { field: 'surname', localValue: 'Сидоров', at, by: 'acc-me' },
  { field: 'surname', localValue: 'Кузнецов', at, by: 'acc-other' },
  { field: 'consent.at', localValue: at },
  { field: 'deletedAt', localValue: at, reason: 'refused' as const },
];

describe('conflict words', () => {
  it('says which device lost, an unstamped entry being this one', () => {
    expect(whoLost(list[0]!, 'acc-me', ru)).toBe('с этого устройства');
    expect(whoLost(list[1]!, 'acc-me', ru)).toBe('с другого устройства');
    expect(whoLost(list[2]!, 'acc-me', ru)).toBe('с этого устройства');
  });

  it('gives the time as ДД.ММ.ГГГГ ЧЧ:ММ in Moscow', () => {
    expect(lostAt(list[0]!, ru)).toBe('07.12.2026 09:05 по Москве');
    expect(lostAt({ field: 'x' }, ru)).toBe('');
  });

  it('words values and reasons', () => {
    expect(valueText(undefined, ru)).toBe('пусто');
    expect(valueText(true, ru)).toBe('да');
    expect(valueText(['a', 'b'], ru)).toBe('a, b');
    expect(valueText('Речная', ru)).toBe('Речная');
    expect(reasonText('application-sent', ru)).toBe(
      'Заявление уже отправлено — это поле не изменить',
    );
    expect(reasonText('send-quota', ru)).toBe(
      'Сегодня семья уже отправила 20 заявлений — отправьте это завтра, черновик сохранён',
    );
  });

  it('puts each entry beside its field or in the record’s own block', () => {
    expect(conflictsBeside(list, 'surname')).toHaveLength(2);
    expect(conflictsBeside(list, 'consent')).toEqual([list[2]]);
    expect(conflictsElsewhere(list, ['surname', 'consent'])).toEqual([list[3]]);
    expect(byField(list).map(([field, entries]) => [field, entries.length])).toEqual([
      ['surname', 2],
      ['consent.at', 1],
      ['deletedAt', 1],
    ]);
  });
});
