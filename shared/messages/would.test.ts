import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { msg, p, renderMsg, wouldMsg, WOULD_CODES } from './index';

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?::[^}]*)?\}/g)].map((x) => x[1]))].sort();

describe('a sentence before booking', () => {
  it('has its own code in both languages, with the parameters of the sentence it stands for', () => {
    for (const [code, would] of Object.entries(WOULD_CODES)) {
      expect(CATALOG[code], code).toBeDefined();
      expect(CATALOG[would], would).toBeDefined();
      expect(placeholders(CATALOG[would]!.nl), would).toEqual(placeholders(CATALOG[code]!.nl));
      expect(placeholders(CATALOG[would]!.en), would).toEqual(placeholders(CATALOG[code]!.en));
      expect(CATALOG[would]!.nl, would).toMatch(/\b(zou|zouden)\b|^Zou /);
      expect(CATALOG[would]!.en, would).toMatch(/\bwould\b|^Would /);
    }
  });

  it('reads a clash as what the booking would bring, not as booked', () => {
    const clash = msg('check.r1.overlap', {
      who: p.person('Amina Yusuf'),
      a: p.text('toets in Zaal 1'),
      aWhen: p.span('2026-12-01T09:00', '2026-12-01T11:00'),
      b: p.text('startklas-intake in Gorinchem'),
      bWhen: p.span('2026-12-01T10:00', '2026-12-01T11:00'),
    });
    const before = wouldMsg(clash);
    expect(before.params).toEqual(clash.params);
    expect(renderMsg(before, 'nl')).toBe(
      'Amina Yusuf zou dan tegelijk in de toets in Zaal 1, di 1 dec 09:00–11:00, en in de startklas-intake in Gorinchem, di 1 dec 10:00–11:00, staan.',
    );
    expect(renderMsg(before, 'en')).toBe(
      'Amina Yusuf would then be in the toets in Zaal 1, Tue 1 Dec 09:00–11:00, and in the startklas-intake in Gorinchem, Tue 1 Dec 10:00–11:00, at the same time.',
    );
    // After booking the checker's own sentence stays.
    expect(renderMsg(clash, 'nl')).toMatch(/^Amina Yusuf staat tegelijk in de toets/);
  });

  it('says a care gap in the plural when both parents would be away', () => {
    const gap = msg('check.r9.gapDay', { adults: p.list([p.person('Fatima'), p.person('Ahmed')]), day: p.date('2026-12-01'), child: p.text('Sara (2 jaar)') });
    expect(renderMsg(wouldMsg(gap), 'nl')).toBe('Fatima en Ahmed zouden dan op di 1 dec weg zijn (met reistijd); hun kind Sara (2 jaar) zou dan geen opvang hebben.');
    expect(renderMsg(wouldMsg(gap), 'en')).toBe('Fatima and Ahmed would then be away on Tue 1 Dec (travel included); their child Sara (2 jaar) would have no care then.');
  });

  it('leaves a message without such a sentence as it is', () => {
    const m = msg('booking.toets.gone');
    expect(wouldMsg(m)).toBe(m);
  });
});
