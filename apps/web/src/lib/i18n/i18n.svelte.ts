import { SERVICE_TIME_ZONE } from '@rodnik/domain';
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

  /**
   * A time of day in the current locale, e.g. 14:05. Every time on a screen is
   * Moscow's, as the service days and the status bar are, whatever zone the
   * phone is set to.
   */
  time(iso: string): string {
    return new Intl.DateTimeFormat(this.tag, {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: SERVICE_TIME_ZONE,
    }).format(Date.parse(iso));
  }

  /** A date with its time in the current locale, Moscow's (`short`: 07.12.2026, 14:05). */
  dateTime(iso: string, dateStyle: 'short' | 'medium' = 'short'): string {
    return new Intl.DateTimeFormat(this.tag, {
      dateStyle,
      timeStyle: 'short',
      timeZone: SERVICE_TIME_ZONE,
    }).format(Date.parse(iso));
  }

  private get tag(): string {
    return this.locale === 'ru' ? 'ru-RU' : 'en-GB';
  }
}
