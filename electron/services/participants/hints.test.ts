// Same-named people told apart in the lists a person reads (issue 13): the demo region has three
// "Mohammed Mansour", in Molenlanden, Gorinchem and Vijfheerenlanden; every list sends their
// gemeente with the name, and nothing with a name nobody else has.
import { describe, expect, it } from 'vitest';
import { formatPerson } from '../../../shared/messages';
import { DEMO_WEEK } from '../../../test/support/demo-services';
import { useDemoProfiles, db, call, as } from '../../../test/support/demo-profiles';
import { participantHints } from './hints';

useDemoProfiles();

const MANSOUR = 'Mohammed Mansour';

describe('same-named people', () => {
  it('are told apart by their gemeente in the deadlines, search, caseload and week lists', async () => {
    const coordinator = await as('coordinator');
    const deadlines = await call(coordinator, 'deadlines.list', { limit: 500 });
    const mansours = deadlines.items.filter((i) => i.participant.name === MANSOUR);
    expect(mansours.length).toBe(3);
    expect(new Set(mansours.map((i) => formatPerson(i.participant.name, i.participant.hint, 'nl')))).toEqual(
      new Set(['Mohammed Mansour (Molenlanden)', 'Mohammed Mansour (Gorinchem)', 'Mohammed Mansour (Vijfheerenlanden)']),
    );
    for (const m of mansours) expect(m.participant.hint).toEqual({ gemeente: m.gemeente });
    const unique = deadlines.items.filter((i) => deadlines.items.filter((j) => j.participant.name === i.participant.name).length === 1);
    expect(unique.length).toBeGreaterThan(50);
    expect(unique.every((i) => i.participant.hint === undefined)).toBe(true);

    const found = await call(coordinator, 'participants.search', { query: 'Mansour', limit: 50, offset: 0 });
    expect(
      found.items
        .filter((p) => p.name === MANSOUR)
        .map((p) => p.hint?.gemeente)
        .sort(),
    ).toEqual(['Gorinchem', 'Molenlanden', 'Vijfheerenlanden']);

    const c4 = await as('consultant', 'C-04');
    const caseload = await call(c4, 'consultant.caseload', {});
    const mine = caseload.items.find((i) => i.participant.name === MANSOUR)!;
    expect(mine.participant.hint).toEqual({ gemeente: 'Molenlanden' });

    // In a week's sessions: every seated participant whose name another participant has carries the hint.
    const hintOf = participantHints(db);
    let hinted = 0;
    for (const week of [DEMO_WEEK, '2026-11-30']) {
      const w = await call(coordinator, 'week.get', { weekStart: week });
      for (const s of w.sessions) {
        for (const p of s.participants) {
          expect(p.hint, `${s.id} ${p.name}`).toEqual(hintOf(p.id));
          if (p.hint) hinted++;
        }
      }
    }
    expect(hinted).toBeGreaterThan(0);
  });

  it('are told apart on the client page too: participants.get sends the hint', async () => {
    const coordinator = await as('coordinator');
    const found = await call(coordinator, 'participants.search', { query: 'Mansour', limit: 50, offset: 0 });
    const mansours = found.items.filter((p) => p.name === MANSOUR);
    expect(mansours.length).toBe(3);
    for (const m of mansours) {
      const page = await call(coordinator, 'participants.get', { id: m.id });
      expect(page.person.hint).toEqual(m.hint);
      expect(page.person.hint?.gemeente).toBe(page.person.gemeente.name);
    }
    // The consultant's own client's page carries it as well.
    const c4 = await as('consultant', 'C-04');
    const mine = (await call(c4, 'consultant.caseload', {})).items.find((i) => i.participant.name === MANSOUR)!;
    expect((await call(c4, 'participants.get', { id: mine.participant.id })).person.hint).toEqual({ gemeente: 'Molenlanden' });
  });
});
