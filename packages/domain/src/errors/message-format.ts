import type { MessageParams } from './types.ts';

/** "Фамилия: заполните поле" when the field is known, "Заполните поле" when it is not. */
export function withField(p: MessageParams, fix: string): string {
  if (p.field !== undefined && p.field !== '') return `${p.field}: ${fix}`;
  return fix.charAt(0).toUpperCase() + fix.slice(1);
}

/** A parameter as text, or the fallback when the caller did not supply it. */
export function param(p: MessageParams, key: string, fallback: string): string {
  const v = p[key];
  return v === undefined || v === '' ? fallback : String(v);
}

/** " — <text>" only when the parameter is present, for optional clauses. */
export function clause(p: MessageParams, key: string, render: (v: string) => string): string {
  const v = p[key];
  return v === undefined || v === '' ? '' : render(String(v));
}
