import { describe, expect, it } from 'vitest';
import { applicationsEn } from './applications.en.ts';
import { applicationsRu } from './applications.ru.ts';
import { en } from './messages.en.ts';
import { ru } from './messages.ru.ts';

describe('applications words in the catalogue', () => {
  it('are not overridden by another key of the same name', () => {
    for (const [key, value] of Object.entries(applicationsRu)) {
      expect(ru[key as keyof typeof ru], key).toBe(value);
    }
    for (const [key, value] of Object.entries(applicationsEn)) {
      expect(en[key as keyof typeof en], key).toBe(value);
    }
  });
});
