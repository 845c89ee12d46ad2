import { describe, expect, it } from 'vitest';
import { en } from './en';
import { formatDayShort, formatWeekRange } from './format';
import { nl } from './nl';
import { translate } from './translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('English has every Dutch key, non-empty, with the same placeholders', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(en[key], key).toBeTruthy();
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('English says "test" and "linked to the municipality", not the Dutch "toets" and "koppeling"', () => {
    // Found in the walkthrough: "Book toets", "Choose a toets slot" beside "Requests for an extra test slot".
    const dutch = Object.entries(en).filter(([, text]) => /\btoets\b|koppeling/i.test(text));
    expect(dutch).toEqual([]);
  });
});

describe('translate', () => {
  it('fills parameters and leaves unknown ones visible', () => {
    expect(translate('nl', 'week.empty', { week: 49 })).toBe('Geen sessies gepland in week 49');
    expect(translate('en', 'week.empty', { week: 49 })).toBe('No sessions planned in week 49');
    expect(translate('nl', 'week.heading', { week: 48 })).toBe('Week 48 · {range}');
  });

  it('chooses singular or plural by the number', () => {
    expect(translate('nl', 'consultant.term.left', { n: 1 })).toBe('nog 1 dag');
    expect(translate('nl', 'consultant.term.left', { n: 12 })).toBe('nog 12 dagen');
    expect(translate('nl', 'consultant.term.late', { n: 0 })).toBe('0 dagen te laat');
    expect(translate('nl', 'publish.confirm.proposals', { count: 1 })).toBe('Let op: er staat nog 1 voorgestelde sessie open.');
    expect(translate('en', 'conflicts.count', { count: 1 })).toBe('1 conflict');
    expect(translate('en', 'conflicts.count', { count: 3 })).toBe('3 conflicts');
  });
});

describe('formatWeekRange', () => {
  it('writes a week inside one month compactly', () => {
    expect(formatWeekRange('2026-11-23', 'nl')).toBe('23–27 november 2026');
    expect(formatWeekRange('2026-11-23', 'en')).toBe('23–27 November 2026');
  });
  it('names both months when the week crosses a month', () => {
    expect(formatWeekRange('2026-11-30', 'nl')).toBe('30 november – 4 december 2026');
  });
  it('names both years when the working week crosses New Year', () => {
    expect(formatWeekRange('2029-12-31', 'nl')).toBe('31 december 2029 – 4 januari 2030');
  });
});

describe('formatDayShort', () => {
  it('writes the weekday the Dutch way, two letters', () => {
    expect(formatDayShort('2026-11-24', 'nl')).toBe('di 24 nov.');
    expect(formatDayShort('2026-11-27', 'nl')).toBe('vr 27 nov.');
    expect(formatDayShort('2026-11-24', 'en')).toBe('Tue 24 Nov');
  });

  it('writes short dates with the weekday', () => {
    expect(formatDayShort('2026-11-25', 'nl')).toBe('wo 25 nov.');
    expect(formatDayShort('2026-11-25', 'en')).toBe('Wed 25 Nov');
  });
});
