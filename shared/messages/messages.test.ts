import { describe, expect, it } from 'vitest';
import { AREA_CATALOGS, CATALOG } from './catalog';
import { distinguishPeople, formatAge, msg, p, renderMsg, msgSchema } from './index';

// A test-only entry, so the renderer's behaviour is proved without depending on an area's wording.
CATALOG['test.sample'] = {
  nl: '{who} staat op {when} bij {place}; {n:er is|er zijn} {n} {n:kind|kinderen} ({kids}), {left}. {why}',
  en: '{who} is at {place} on {when}; {n:there is|there are} {n} {n:child|children} ({kids}), {left}. {why}',
};
CATALOG['test.days'] = { nl: '{left}', en: '{left}' };
CATALOG['test.reason'] = { nl: 'Het kind is {age}.', en: 'The child is {age}.' };

describe('renderMsg', () => {
  const m = msg('test.sample', {
    who: p.person('Onur Yıldız', { gemeente: 'Gorinchem', birthYear: 1990 }),
    when: p.span('2026-11-24T09:00', '2026-11-24T11:00'),
    place: 'Zaal 1',
    n: 2,
    kids: p.list([p.person('Sara'), p.person('Adam'), p.person('Lina')]),
    left: p.daysLeft(1),
    why: p.msg(msg('test.reason', { age: p.age(7) })),
  });

  it('writes Dutch and English from the same data', () => {
    expect(renderMsg(m, 'nl')).toBe(
      'Onur Yıldız (Gorinchem, 1990) staat op di 24 nov 09:00–11:00 bij Zaal 1; er zijn 2 kinderen (Sara, Adam en Lina), morgen. Het kind is 7 maanden.',
    );
    expect(renderMsg(m, 'en')).toBe(
      'Onur Yıldız (Gorinchem, 1990) is at Zaal 1 on Tue 24 Nov 09:00–11:00; there are 2 children (Sara, Adam and Lina), tomorrow. The child is 7 months.',
    );
  });

  it('writes days left as people say them', () => {
    const days = (n: number, lang: 'nl' | 'en') => renderMsg(msg('test.days', { left: p.daysLeft(n) }), lang);
    expect([0, 1, 2, -1, -5].map((n) => days(n, 'nl'))).toEqual(['vandaag', 'morgen', 'nog 2 dagen', '1 dag te laat', '5 dagen te laat']);
    expect([0, 1, 2, -1, -5].map((n) => days(n, 'en'))).toEqual(['today', 'tomorrow', '2 days left', '1 day late', '5 days late']);
  });

  it("writes a child's age in months under 2 years, then in years, singular and plural", () => {
    const ages = [0, 1, 6, 12, 23, 24, 35, 36, 150];
    expect(ages.map((n) => formatAge(n, 'nl'))).toEqual(['0 maanden', '1 maand', '6 maanden', '12 maanden', '23 maanden', '2 jaar', '2 jaar', '3 jaar', '12 jaar']);
    expect(ages.map((n) => formatAge(n, 'en'))).toEqual(['0 months', '1 month', '6 months', '12 months', '23 months', '2 years', '2 years', '3 years', '12 years']);
    expect(renderMsg(msg('test.reason', { age: p.age(6) }), 'en')).toBe('The child is 6 months.');
  });

  it('survives the contract schema unchanged', () => {
    expect(msgSchema.parse(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });

  it('names an unknown code without showing it', () => {
    expect(renderMsg(msg('nope.never'), 'nl')).toBe('Onbekende melding.');
  });
});

describe('the catalogue', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?::[^}]*)?\}/g)].map((x) => x[1]).sort();
  it('has every message in both languages with the same parameters', () => {
    for (const [code, entry] of Object.entries(CATALOG)) {
      expect(entry.nl.trim(), code).not.toBe('');
      expect(entry.en.trim(), code).not.toBe('');
      expect([...new Set(placeholders(entry.en))], code).toEqual([...new Set(placeholders(entry.nl))]);
    }
  });
  it('gives every code to one area only', () => {
    const codes = AREA_CATALOGS.flatMap((c) => Object.keys(c));
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes).size).toBe(codes.length);
  });
  it('holds no internal ids in its sentences', () => {
    for (const [code, entry] of Object.entries(CATALOG)) {
      expect(`${entry.nl} ${entry.en}`, code).not.toMatch(/\b[A-Z]{1,4}-[A-Z0-9]*\d/);
    }
  });
});

describe('distinguishPeople', () => {
  it('adds only what sets people with one name apart', () => {
    const hints = distinguishPeople([
      { id: 'a', name: 'Mohammed Mansour', gemeente: 'Gorinchem', birthYear: 1980, clientNumber: '1' },
      { id: 'b', name: 'Mohammed Mansour', gemeente: 'Leerdam', birthYear: 1980, clientNumber: '2' },
      { id: 'c', name: 'mohammed mansour ', gemeente: 'Leerdam', birthYear: 1991, clientNumber: '3' },
      { id: 'd', name: 'Helen Tekle', gemeente: 'Leerdam', birthYear: 1991 },
    ]);
    expect(hints.get('d')).toBeUndefined();
    expect(hints.get('a')).toEqual({ gemeente: 'Gorinchem', birthYear: 1980 });
    expect(hints.get('b')).toEqual({ gemeente: 'Leerdam', birthYear: 1980 });
    expect(hints.get('c')).toEqual({ gemeente: 'Leerdam', birthYear: 1991 });
  });
  it('falls back to the client number', () => {
    const hints = distinguishPeople([
      { id: 'a', name: 'Onur Yıldız', gemeente: 'Gorinchem', birthYear: 1990, clientNumber: '77' },
      { id: 'b', name: 'Onur Yıldız', gemeente: 'Gorinchem', birthYear: 1990, clientNumber: '78' },
    ]);
    expect(hints.get('a')).toEqual({ gemeente: 'Gorinchem', birthYear: 1990, clientNumber: '77' });
  });
});

describe('unplanned reasons', () => {
  it('says "not planned yet" in the interface language', () => {
    expect(renderMsg(msg('planner.notRunYet'), 'nl')).toBe('Nog niet ingepland: de planner heeft deze week nog niet gedraaid.');
    expect(renderMsg(msg('planner.notRunYet'), 'en')).toBe('Not planned yet: the planner has not run for this week.');
  });
});

describe('a person with a hint', () => {
  it('writes the client number as a client number in both languages', () => {
    const who = msg('test.days', { left: p.person('Onur Yıldız', { gemeente: 'Molenlanden', clientNumber: 'KL-48213' }) });
    expect(renderMsg(who, 'nl')).toBe('Onur Yıldız (Molenlanden, cliëntnr. KL-48213)');
    expect(renderMsg(who, 'en')).toBe('Onur Yıldız (Molenlanden, client no. KL-48213)');
  });
});
