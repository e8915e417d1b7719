import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryName, findCountry, searchCountries } from './countries.ts';

describe('findCountry', () => {
  it.each([
    ['Россия', 'RU'],
    ['россия', 'RU'],
    ['  РОССИЯ ', 'RU'],
    ['РФ', 'RU'],
    ['Р.Ф.', 'RU'],
    ['Российская Федерация', 'RU'],
    ['российская  федерация', 'RU'],
    ['RU', 'RU'],
    ['ru', 'RU'],
    ['Russia', 'RU'],
    ['Казахстан', 'KZ'],
    ['kz', 'KZ'],
    ['Белоруссия', 'BY'],
    ['Беларусь', 'BY'],
    ['Кыргызстан', 'KG'],
    ['Киргизия', 'KG'],
    ['США', 'US'],
    ['Германия', 'DE'],
    ['Узбекистан', 'UZ'],
    ['Таджикистан', 'TJ'],
    ['Армения', 'AM'],
    ['Азербайджан', 'AZ'],
    ['Украина', 'UA'],
    ['Тёркс и Кайкос', 'TC'],
    ['Теркс и Кайкос', 'TC'],
  ])('%s → %s', (typed, code) => {
    expect(findCountry(typed)).toBe(code);
  });

  it.each([['Рос'], ['Земля'], ['ZZ'], ['SU'], ['']])('%s names no country', (typed) => {
    expect(findCountry(typed)).toBeUndefined();
  });
});

describe('COUNTRIES and searchCountries', () => {
  it('lists the 249 ISO 3166-1 countries once each, Russia first, the rest alphabetically', () => {
    expect(COUNTRIES).toHaveLength(249);
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(249);
    expect(COUNTRIES[0]).toEqual({ code: 'RU', name: 'Россия' });
    expect(COUNTRIES[1]?.name).toBe('Австралия');
  });

  it('puts the exact spelling first, then names starting with the text, then containing it', () => {
    expect(searchCountries('рф')[0]?.code).toBe('RU');
    expect(searchCountries('Рос')[0]?.code).toBe('RU');
    expect(searchCountries('кор').map((c) => c.code)).toEqual(expect.arrayContaining(['KP', 'KR']));
    const guinea = searchCountries('гвинея').map((c) => c.code);
    expect(guinea[0]).toBe('GN');
    expect(guinea).toEqual(expect.arrayContaining(['GQ', 'GW', 'PG']));
    expect(searchCountries('', 3).map((c) => c.code)[0]).toBe('RU');
    expect(searchCountries('zzzz')).toEqual([]);
  });

  it('names a code in Russian', () => {
    expect(countryName('RU')).toBe('Россия');
    expect(countryName('KZ')).toBe('Казахстан');
    expect(countryName('QQ')).toBe('QQ');
  });
});
