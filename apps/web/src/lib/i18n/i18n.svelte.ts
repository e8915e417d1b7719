import { en } from './messages.en.ts';
import { ru, type Messages } from './messages.ru.ts';

export type Locale = 'ru' | 'en';
export const LOCALES: readonly Locale[] = ['ru', 'en'];
const CATALOGS: Record<Locale, Messages> = { ru, en };
const STORAGE_KEY = 'rodnik.locale';

/**
 * The i18n layer: a typed catalogue per locale and the current locale as
 * reactive state. Russian first; the choice is kept on the device.
 */
export class I18n {
  locale = $state<Locale>('ru');
  readonly m: Messages = $derived(CATALOGS[this.locale]);

  constructor(private readonly storage?: Pick<Storage, 'getItem' | 'setItem'>) {
    const saved = storage?.getItem(STORAGE_KEY);
    if (saved === 'ru' || saved === 'en') this.locale = saved;
  }

  set(locale: Locale): void {
    this.locale = locale;
    this.storage?.setItem(STORAGE_KEY, locale);
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }

  toggle(): void {
    this.set(this.locale === 'ru' ? 'en' : 'ru');
  }

  /** A time of day in the current locale, e.g. 14:05. */
  time(iso: string): string {
    return new Intl.DateTimeFormat(this.locale === 'ru' ? 'ru-RU' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    }).format(Date.parse(iso));
  }
}
