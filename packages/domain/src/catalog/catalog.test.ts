import { describe, it, expect } from 'vitest';
import { SERVICE_CATALOG, serviceById } from './catalog.ts';
import type { Condition, FormField } from './service.ts';
import { DOCUMENT_KINDS } from '../collections/documents.ts';
import { FIELD_LABELS } from '../errors/field-labels.ts';

function conditionsOf(fields: readonly FormField[]): Condition[] {
  return fields.flatMap((f) => [
    ...(f.visibleWhen === undefined ? [] : [f.visibleWhen]),
    ...(f.kind === 'group' ? conditionsOf(f.fields) : []),
  ]);
}

describe('SERVICE_CATALOG', () => {
  it('finds services by id', () => {
    expect(serviceById('school-enrolment')?.title.ru).toBe('Запись в школу');
    expect(serviceById('nope')).toBeUndefined();
    expect(serviceById('toString')).toBeUndefined();
  });

  it('holds at least ten services, among them those of the portal «Семья и дети»', () => {
    expect(SERVICE_CATALOG.length).toBeGreaterThanOrEqual(10);
    expect(SERVICE_CATALOG.map((s) => s.title.ru)).toEqual(
      expect.arrayContaining([
        'Запись в детский сад',
        'Запись в школу',
        'Кружки и секции',
        'Справка об обучении',
        'Прикрепление к поликлинике',
        'Полис ОМС для ребёнка',
        'СНИЛС для ребёнка',
        'Выписка из реестра многодетных семей',
        'Единое пособие',
        'Многодетная семья',
        'Пособие по уходу за ребёнком',
      ]),
    );
  });

  it('says for every service what a decision states and where it is filed', () => {
    for (const s of SERVICE_CATALOG) {
      expect(s.category, s.id).toBeDefined();
      expect(s.resultParts?.length ?? 0, s.id).toBeGreaterThan(0);
      if (s.payment?.kind === 'charge') {
        expect(s.form.map((f) => f.id)).toContain(s.payment.priceField);
        expect(s.form.map((f) => f.id)).toContain(s.payment.when.field);
      }
    }
  });

  it('is well formed: unique ids, both languages, known references', () => {
    const ids = SERVICE_CATALOG.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SERVICE_CATALOG) {
      expect(s.id).toMatch(/^[a-z][a-z0-9-]{0,79}$/);
      expect(s.title.ru && s.title.en && s.description.ru && s.description.en).toBeTruthy();
      expect(Number.isInteger(s.decisionWorkingDays) && s.decisionWorkingDays > 0).toBe(true);
      const levels: (readonly FormField[])[] = [s.form];
      for (const f of s.form) if (f.kind === 'group') levels.push(f.fields);
      for (const fields of levels) {
        const fieldIds = fields.map((f) => f.id);
        expect(new Set(fieldIds).size, s.id).toBe(fieldIds.length);
        for (const f of fields) {
          expect(f.id.length).toBeLessThanOrEqual(80);
          expect(f.label.ru !== '' && f.label.en !== '', `${s.id}.${f.id}`).toBe(true);
          if (f.kind === 'bank-account') expect(fieldIds).toContain(f.bikField);
          if ((f.kind === 'select' || f.kind === 'multi-select') && f.source.kind === 'directory') {
            if (f.source.filterBy !== undefined) expect(fieldIds).toContain(f.source.filterBy);
          }
        }
        for (const c of conditionsOf(fields)) expect(fieldIds, s.id).toContain(c.field);
      }
      for (const rule of s.requiredDocuments) {
        expect(DOCUMENT_KINDS).toContain(rule.kind);
        if (rule.when !== undefined) expect(s.form.map((f) => f.id)).toContain(rule.when.field);
      }
    }
  });

  it('has a generic error label for every top-level field id', () => {
    for (const s of SERVICE_CATALOG) {
      for (const f of s.form) expect(Object.hasOwn(FIELD_LABELS, f.id), f.id).toBe(true);
    }
  });
});
