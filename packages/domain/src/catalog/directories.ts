import type { Localized } from './service.ts';
import { DOCTORS } from '../appointments/doctors.ts';

/** One choice of a directory; `parent` is the id it is filtered by (a municipality). */
export type DirectoryEntry = {
  readonly id: string;
  readonly label: Localized;
  readonly parent?: string;
  /** The ages (full years, inclusive) the place takes: a primary school, a club. */
  readonly ages?: readonly [number, number];
  /** A paid group's price a month, whole roubles; absent means the place has no paid group. */
  readonly priceRub?: number;
  /** A sports club needs a doctor's note. */
  readonly sport?: boolean;
};

const m = (id: string, ru: string, en: string): DirectoryEntry => ({ id, label: { ru, en } });
const inM = (parent: string, id: string, ru: string, en: string): DirectoryEntry => ({
  id,
  parent,
  label: { ru, en },
});

const aged = (e: DirectoryEntry, min: number, max: number): DirectoryEntry => ({
  ...e,
  ages: [min, max],
});
function club(
  parent: string,
  id: string,
  ru: string,
  en: string,
  ages: [number, number],
  priceRub?: number,
  sport?: boolean,
): DirectoryEntry {
  return {
    id,
    parent,
    label: { ru, en },
    ages,
    ...(priceRub === undefined ? {} : { priceRub }),
    ...(sport ? { sport } : {}),
  };
}

/**
 * The directories the catalog's selects draw from. They ship with the app so a
 * form fills in offline; the server checks every chosen id against the same
 * data. A real deployment replaces these with the region's registers.
 */
export const DIRECTORIES: Readonly<Record<string, readonly DirectoryEntry[]>> = {
  municipalities: [
    m('ramenskoye', 'Раменский городской округ', 'Ramenskoye urban district'),
    m('kolomna', 'Городской округ Коломна', 'Kolomna urban district'),
    m('zaraysk', 'Городской округ Зарайск', 'Zaraysk urban district'),
  ],
  kindergartens: [
    inM('ramenskoye', 'dou-ram-5', 'Детский сад № 5 «Солнышко»', 'Kindergarten No. 5 “Sunshine”'),
    inM('ramenskoye', 'dou-ram-12', 'Детский сад № 12 «Берёзка»', 'Kindergarten No. 12 “Birch”'),
    inM('ramenskoye', 'dou-ram-31', 'Детский сад № 31 «Радуга»', 'Kindergarten No. 31 “Rainbow”'),
    inM('kolomna', 'dou-kol-3', 'Детский сад № 3 «Теремок»', 'Kindergarten No. 3 “Little House”'),
    inM('kolomna', 'dou-kol-17', 'Детский сад № 17 «Ромашка»', 'Kindergarten No. 17 “Daisy”'),
    inM('zaraysk', 'dou-zar-1', 'Детский сад № 1 «Колосок»', 'Kindergarten No. 1 “Ear of Wheat”'),
  ],
  schools: [
    aged(
      inM('ramenskoye', 'school-ram-1', 'Раменская СОШ № 1', 'Ramenskoye secondary school No. 1'),
      6,
      17,
    ),
    aged(inM('ramenskoye', 'school-ram-9', 'Раменская гимназия', 'Ramenskoye gymnasium'), 10, 17),
    aged(
      inM(
        'ramenskoye',
        'school-ram-nsh',
        'Раменская начальная школа № 3',
        'Ramenskoye primary school No. 3',
      ),
      6,
      11,
    ),
    aged(
      inM('kolomna', 'school-kol-2', 'Коломенская СОШ № 2', 'Kolomna secondary school No. 2'),
      6,
      17,
    ),
    aged(inM('kolomna', 'school-kol-lyc', 'Коломенский лицей № 4', 'Kolomna lyceum No. 4'), 12, 17),
    aged(
      inM('zaraysk', 'school-zar-4', 'Зарайская СОШ № 4', 'Zaraysk secondary school No. 4'),
      6,
      17,
    ),
  ],
  clubs: [
    club(
      'ramenskoye',
      'club-ram-chess',
      'Шахматный клуб «Ладья»',
      'Chess club “Rook”',
      [6, 17],
      1500,
    ),
    club(
      'ramenskoye',
      'club-ram-swim',
      'Секция плавания «Дельфин»',
      'Swimming “Dolphin”',
      [5, 17],
      2500,
      true,
    ),
    club('ramenskoye', 'club-ram-robot', 'Кружок робототехники', 'Robotics club', [8, 17]),
    club(
      'kolomna',
      'club-kol-dance',
      'Ансамбль народного танца',
      'Folk dance ensemble',
      [5, 15],
      1200,
    ),
    club(
      'kolomna',
      'club-kol-football',
      'Футбольная секция «Авангард»',
      'Football “Avangard”',
      [6, 14],
      undefined,
      true,
    ),
    club('zaraysk', 'club-zar-art', 'Изостудия «Палитра»', 'Art studio “Palette”', [5, 17], 900),
  ],
  insurers: [
    m('ins-sogaz', 'АО «СОГАЗ-Мед»', 'SOGAZ-Med'),
    m('ins-ingos', 'ООО «Капитал МС»', 'Kapital MS'),
    m('ins-maks', 'ООО «МСК «Медси»', 'Medsi'),
  ],
  clinics: [
    m('clinic-ram-child', 'Раменская детская поликлиника', 'Ramenskoye children’s polyclinic'),
    m('clinic-kol-2', 'Коломенская детская поликлиника № 2', 'Kolomna children’s polyclinic No. 2'),
    m('clinic-zar', 'Зарайская ЦРБ, детское отделение', 'Zaraysk hospital, children’s unit'),
  ],
  // The doctors of each polyclinic (appointments/doctors.ts), for the booking form.
  doctors: DOCTORS.map((doc) => inM(doc.clinic, doc.id, doc.name.ru, doc.name.en)),
};

/**
 * The choices of a directory, narrowed to one parent when `parent` is given and to the
 * places that take a child of `childAge` full years when that is given.
 */
export function directoryEntries(
  directory: string,
  parent?: string,
  childAge?: number,
): readonly DirectoryEntry[] {
  const all = Object.hasOwn(DIRECTORIES, directory) ? DIRECTORIES[directory]! : [];
  return all.filter(
    (e) =>
      (parent === undefined || e.parent === parent) &&
      (childAge === undefined ||
        e.ages === undefined ||
        (childAge >= e.ages[0] && childAge <= e.ages[1])),
  );
}

/** Whether `id` is a choice of the directory (under `parent`, for `childAge`, when given). */
export function isDirectoryValue(
  directory: string,
  id: string,
  parent?: string,
  childAge?: number,
): boolean {
  return directoryEntries(directory, parent, childAge).some((e) => e.id === id);
}

export function directoryEntry(directory: string, id: string): DirectoryEntry | undefined {
  return directoryEntries(directory).find((e) => e.id === id);
}

export function directoryLabel(directory: string, id: string): Localized | undefined {
  return directoryEntries(directory).find((e) => e.id === id)?.label;
}
