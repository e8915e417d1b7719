import type { Localized } from './service.ts';

/** One choice of a directory; `parent` is the id it is filtered by (a municipality). */
export type DirectoryEntry = {
  readonly id: string;
  readonly label: Localized;
  readonly parent?: string;
};

const m = (id: string, ru: string, en: string): DirectoryEntry => ({ id, label: { ru, en } });
const inM = (parent: string, id: string, ru: string, en: string): DirectoryEntry => ({
  id,
  parent,
  label: { ru, en },
});

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
    m('school-ram-1', 'Раменская СОШ № 1', 'Ramenskoye secondary school No. 1'),
    m('school-ram-9', 'Раменская гимназия', 'Ramenskoye gymnasium'),
    m('school-kol-2', 'Коломенская СОШ № 2', 'Kolomna secondary school No. 2'),
    m('school-zar-4', 'Зарайская СОШ № 4', 'Zaraysk secondary school No. 4'),
  ],
  clinics: [
    m('clinic-ram-child', 'Раменская детская поликлиника', 'Ramenskoye children’s polyclinic'),
    m('clinic-kol-2', 'Коломенская детская поликлиника № 2', 'Kolomna children’s polyclinic No. 2'),
    m('clinic-zar', 'Зарайская ЦРБ, детское отделение', 'Zaraysk hospital, children’s unit'),
  ],
};

/** The choices of a directory, narrowed to one parent when `parent` is given. */
export function directoryEntries(directory: string, parent?: string): readonly DirectoryEntry[] {
  const all = Object.hasOwn(DIRECTORIES, directory) ? DIRECTORIES[directory]! : [];
  return parent === undefined ? all : all.filter((e) => e.parent === parent);
}

/** Whether `id` is a choice of the directory (under `parent` when given). */
export function isDirectoryValue(directory: string, id: string, parent?: string): boolean {
  return directoryEntries(directory, parent).some((e) => e.id === id);
}

export function directoryLabel(directory: string, id: string): Localized | undefined {
  return directoryEntries(directory).find((e) => e.id === id)?.label;
}
