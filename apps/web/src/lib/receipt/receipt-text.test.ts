import { describe, expect, it } from 'vitest';
import { ru } from '../i18n/messages.ru.ts';
import { receiptFileName } from './receipt.ts';
import { receiptText } from './receipt-text.ts';

describe('receipt text', () => {
  it('names the number, the date received, the service, the child and the documents', () => {
    const t = receiptText(
      {
        requestNumber: '2026-000123',
        receivedAt: '2026-11-24T10:00:00.000Z',
        serviceTitle: 'Запись в детский сад',
        childName: 'Иванова Мария',
        documents: ['Свидетельство о рождении'],
      },
      ru,
    );
    expect(t.rows).toEqual([
      { label: 'Номер заявления', value: '2026-000123' },
      { label: 'Дата приёма', value: '24.11.2026' },
      { label: 'Услуга', value: 'Запись в детский сад' },
      { label: 'Ребёнок', value: 'Иванова Мария' },
    ]);
    expect(t.documents).toEqual(['Свидетельство о рождении']);
  });

  it('names the file after the request number in Latin letters', () => {
    expect(receiptFileName('2026-000123')).toBe('kvitanciya-2026-000123.pdf');
  });

  it('holds the decision and what happens next once there is one', () => {
    const t = receiptText(
      {
        requestNumber: '2026-000123',
        receivedAt: null,
        serviceTitle: 'Запись в детский сад',
        childName: '',
        documents: [],
        decision: [
          { label: 'Решение', value: 'Одобрено' },
          { label: 'Место', value: 'Детский сад № 17' },
        ],
      },
      ru,
    );
    expect(t.rows.slice(-2)).toEqual([
      { label: 'Решение', value: 'Одобрено' },
      { label: 'Место', value: 'Детский сад № 17' },
    ]);
  });
});
