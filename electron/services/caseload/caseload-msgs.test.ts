// Issue 13 on the consultant's caseload and the client page: same-named people told apart, and
// what the services write comes as messages that read in Dutch and English without ids.
import { describe, expect, it } from 'vitest';
import { formatPerson } from '../../../shared/messages';
import { DEMO_WEEK } from '../../../test/support/demo-services';
import { useDemoProfiles, call, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('same-named people', () => {
  it('tells the demo\u2019s two Onur Y\u0131ld\u0131z of one gemeente apart by their client numbers', async () => {
    const c4 = await as('consultant', 'C-04');
    const { items } = await call(c4, 'consultant.caseload', { weekStart: DEMO_WEEK });
    const onurs = items.filter((i) => i.participant.name === 'Onur Y\u0131ld\u0131z').map((i) => i.participant);
    expect(onurs).toHaveLength(2);
    expect(onurs.map((p) => p.gemeente)).toEqual(['Molenlanden', 'Molenlanden']);
    for (const lang of ['nl', 'en'] as const) {
      const shown = onurs.map((p) => formatPerson(p.name, p.hint, lang));
      expect(new Set(shown).size, lang).toBe(2);
      for (const text of shown)
        expect(text).toMatch(lang === 'nl' ? /^Onur Y\u0131ld\u0131z \(Molenlanden, cli\u00ebntnr\. KL-\d{5}\)$/ : /^Onur Y\u0131ld\u0131z \(Molenlanden, client no\. KL-\d{5}\)$/);
      // The client number, never the person's id.
      for (const p of onurs) expect(shown.join(' ')).not.toContain(p.id);
    }
    // A unique name carries no hint.
    const unique = items.find((i) => items.filter((j) => j.participant.name === i.participant.name).length === 1)!;
    expect(unique.participant.hint).toBeUndefined();
  });
});
