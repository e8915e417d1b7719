import { describe, expect, it } from 'vitest';
import { validate } from '../validate.ts';
import { applicationsCollection, MAX_ANSWERS_CHARS } from './applications.ts';

const draft = (answers: Record<string, unknown>) => ({
  serviceId: 'kindergarten-enrolment',
  answers,
});

describe('an application draft’s answers', () => {
  it('take a filled form', () => {
    const result = validate(applicationsCollection.client, draft({ district: 'Центральный' }));
    expect(result.success).toBe(true);
  });

  it('are refused past the cap, naming the field and the limit', () => {
    const result = validate(
      applicationsCollection.client,
      draft({ note: 'я'.repeat(MAX_ANSWERS_CHARS) }),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ field: 'answers', code: 'too-long' }),
    ]);
    expect(result.errors[0]?.message).toContain(String(MAX_ANSWERS_CHARS));
  });
});
