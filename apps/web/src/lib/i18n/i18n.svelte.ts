import { moscowFormat } from './moscow-format.ts';
import { ru, type Messages } from './messages.ru.ts';

export type Locale = 'ru' | 'en';
export const LOCALES: readonly Locale[] = ['ru', 'en'];
const STORAGE_KEY = 'rodnik.locale';

/**
 * The catalogues on hand: Russian always; English once asked for, so the
 * first visit (most people read Russian) does not carry both.
 */
const catalogs: Partial<Record<Locale, Messages>> = { ru };

/** Loads a locale's catalogue (English from its own chunk, precached by the service worker). */
export async function loadCatalog(locale: Locale): Promise<void> {
  if (!catalogs[locale]) catalogs.en = (await import('./messages.en.ts')).en;
}

/** The language chosen on this device, Russian unless English was. */
export function savedLocale(storage?: Pick<Storage, 'getItem'>): Locale {
  return storage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ru';
}

/**
 * The i18n layer: a typed catalogue per locale and the current locale as
 * reactive state. Russian first; the choice is kept on the device. A locale
 * whose catalogue is not loaded yet is taken once it is (the root layout's
 * `load` loads the saved one before the first render).
 */
export class I18n {
  locale = $state<Locale>('ru');
  // `locale` changes only once its catalogue is loaded, so this always finds it.
  readonly m: Messages = $derived(catalogs[this.locale] ?? ru);

  constructor(private readonly storage?: Pick<Storage, 'getItem' | 'setItem'>) {
    void this.show(savedLocale(storage));
  }

  async set(locale: Locale): Promise<void> {
    this.storage?.setItem(STORAGE_KEY, locale);
    await this.show(locale);
  }

  toggle(): Promise<void> {
    return this.set(this.locale === 'ru' ? 'en' : 'ru');
  }

  private async show(locale: Locale): Promise<void> {
    if (!catalogs[locale]) await loadCatalog(locale);
    this.locale = locale;
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }

  /**
   * A time of day in the current locale, e.g. 14:05. Every time on a screen is
   * Moscow's, as the service days and the status bar are, whatever zone the
   * phone is set to.
   */
  time(iso: string): string {
    return moscowFormat(this.tag, 'time').format(Date.parse(iso));
  }

  /** A date with its time in the current locale, Moscow's (`short`: 07.12.2026, 14:05). */
  dateTime(iso: string, dateStyle: 'short' | 'medium' = 'short'): string {
    return moscowFormat(this.tag, dateStyle).format(Date.parse(iso));
  }

  private get tag(): string {
    return this.locale === 'ru' ? 'ru-RU' : 'en-GB';
  }
}
