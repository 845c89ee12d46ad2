// One truth per fact: the participants list, each consultant's caseload, the client page,
// Termijnen and the conflicts panel's deadline warnings give every person of the demo region the
// same PIP term and activity norm, for the same today.
import { describe, expect, it } from 'vitest';
import { CONSULTANTS } from '../../../db/seed/demo-fixtures';
import { getParticipant, updateParticipant } from '../../../db/repositories/participants';
import { termWarnsInWeek, worstOf } from '../../../shared/domain/deadlines';
import { addDays, daysBetween } from '../../../shared/domain/week';
import { callOk, demoServices, DEMO_TODAY, DEMO_WEEK } from '../../../test/support/demo-services';
import { useDemoProfiles, call, as, db } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('the terms, one calculation', () => {
  it('participants list, caseload and Termijnen agree for every participant of the demo region', async () => {
    const coord = await as('coordinator');
    const deadlines = new Map((await call(coord, 'deadlines.list', { limit: 1000 })).items.map((x) => [x.participant.id, x]));
    const listed = new Map((await call(coord, 'participants.search', { limit: 500 })).items.map((x) => [x.id, x]));
    const caseload = new Map<string, { pip: unknown; activity: unknown }>();
    const migrants: string[] = [];
    for (const c of CONSULTANTS) {
      const ctx = await as('consultant', c.id);
      for (const item of (await call(ctx, 'consultant.caseload', { weekStart: DEMO_WEEK })).items) {
        caseload.set(item.participant.id, item);
        if (item.participant.migrantKind === 'gezinsmigrant') migrants.push(item.participant.id);
      }
    }
    expect(deadlines.size).toBeGreaterThan(50);
    expect([...deadlines.keys()].sort()).toEqual([...caseload.keys()].sort());
    for (const [id, d] of deadlines) {
      expect(listed.get(id)?.pip, `${id} Deelnemers`).toEqual(d.pip);
      expect(caseload.get(id), `${id} caseload`).toEqual(expect.objectContaining({ pip: d.pip, activity: d.activity }));
    }
    // The finding: a PIP set late is "Gehaald" on Termijnen, and so in the list (no "dagen te laat").
    expect([...deadlines.values()].some((d) => d.pip.state === 'met')).toBe(true);
    // Started late (issue 13): a first activity that started after the 4-week deadline, and a PIP
    // set after its term, are met late with the day and a fixed number of days; the same on every
    // screen (above), and none of them is verstreken or a warning (below).
    const late = [...deadlines.values()].filter((d) => d.activity.daysLate !== undefined);
    expect(late.length).toBeGreaterThan(0);
    for (const d of late) {
      expect(d.activity.state).toBe('met');
      expect(d.activity.daysLate).toBe(daysBetween(d.activity.deadline!, d.activity.metOn!));
      expect(d.activity.daysLate).toBeGreaterThan(0);
    }
    // A fixed number: five days later the same day and days late, not five more.
    const later = demoServices({ today: () => addDays(DEMO_TODAY, 5) });
    const then = new Map((await callOk(later.dispatch, 'deadlines.list', { limit: 1000 })).items.map((x) => [x.participant.id, x]));
    later.db.close();
    for (const d of late) expect(then.get(d.participant.id)!.activity, d.participant.id).toEqual({ ...d.activity, daysLeft: d.activity.daysLeft! - 5 });
    // A gezinsmigrant's PIP term runs from their registration in the gemeente: every one has a term.
    expect(migrants.length).toBeGreaterThan(0);
    for (const id of migrants) expect(deadlines.get(id)!.pip.state, id).not.toBe('unknown');
    // The client page shows the same terms.
    const some = [...deadlines.keys()].slice(0, 5);
    for (const id of some) {
      const page = await call(coord, 'participants.get', { id });
      expect(page.terms).toEqual({ pip: deadlines.get(id)!.pip, activity: deadlines.get(id)!.activity });
    }
  });

  it('the conflicts panel warns of exactly the people Termijnen counts as verstreken or bijna verstreken, with the same terms', async () => {
    const coord = await as('coordinator');
    const deadlines = (await call(coord, 'deadlines.list', { limit: 1000 })).items;
    const byId = new Map(deadlines.map((x) => [x.participant.id, x]));
    // Termijnen's summary ("7 verstreken · 22 bijna verstreken"): each person by their worst term.
    expect(deadlines.some((x) => x.activity.daysLate !== undefined && !['missed', 'warning'].includes(x.pip.state))).toBe(true);
    const counted = deadlines.filter((x) => ['missed', 'warning'].includes(worstOf(x).state)).map((x) => x.participant.id);
    expect(counted.length).toBeGreaterThan(10);
    for (let w = 0; w < 4; w++) {
      const week = addDays(DEMO_WEEK, 7 * w);
      const warnings = (await call(coord, 'week.conflicts', { weekStart: week })).conflicts.filter((c) => c.category === 'deadline');
      const warned = warnings.map((c) => c.participants[0].id);
      const expected = deadlines.filter((x) => termWarnsInWeek(x.pip, week, DEMO_TODAY) || termWarnsInWeek(x.activity, week, DEMO_TODAY)).map((x) => x.participant.id);
      expect([...warned].sort(), week).toEqual([...expected].sort());
      // A first activity started late warns no more (issue 13).
      for (const id of warned) expect(byId.get(id)!.activity.daysLate === undefined || termWarnsInWeek(byId.get(id)!.pip, week, DEMO_TODAY), id).toBe(true);
      // Today's week: the same people, and so the same number, as Termijnen.
      if (week === DEMO_WEEK) expect([...warned].sort()).toEqual([...counted].sort());
      for (const c of warnings) {
        const d = byId.get(c.participants[0].id)!;
        const said = JSON.stringify(c.msg);
        // The sentence carries each pressing term's own deadline (and a late booking's day).
        for (const t of [d.pip, d.activity].filter((t) => termWarnsInWeek(t, week, DEMO_TODAY))) {
          expect(said).toContain(`"${t.deadline}"`);
          if (t.plannedOn) expect(said).toContain(`"${t.plannedOn}"`);
        }
      }
    }
  });

  it('a PIP set after its term is met late the same way on every screen, and warns no more', async () => {
    const coord = await as('coordinator');
    const missed = (await call(coord, 'deadlines.list', { limit: 1000 })).items.find(
      (x) => x.pip.state === 'missed' && x.activity.state !== 'missed' && x.activity.state !== 'warning',
    )!;
    expect(missed).toBeDefined();
    const id = missed.participant.id;
    updateParticipant(db, { actor: 'test', purpose: 'PIP vastgesteld', now: () => `${DEMO_TODAY}T10:00:00` }, id, { pipDate: DEMO_TODAY });
    const pip = { deadline: missed.pip.deadline, daysLeft: missed.pip.daysLeft, state: 'met', metOn: DEMO_TODAY, daysLate: daysBetween(missed.pip.deadline!, DEMO_TODAY) };
    expect((await call(coord, 'deadlines.list', { limit: 1000 })).items.find((x) => x.participant.id === id)!.pip).toEqual(pip);
    expect((await call(coord, 'participants.search', { limit: 500 })).items.find((x) => x.id === id)!.pip).toEqual(pip);
    expect((await call(coord, 'participants.get', { id })).terms.pip).toEqual(pip);
    const consultant = await as('consultant', getParticipant(db, id)!.consultantId!);
    expect((await call(consultant, 'consultant.caseload', { weekStart: DEMO_WEEK })).items.find((x) => x.participant.id === id)!.pip).toEqual(pip);
    const warned = (await call(coord, 'week.conflicts', { weekStart: DEMO_WEEK })).conflicts.filter((c) => c.category === 'deadline').map((c) => c.participants[0].id);
    expect(warned).not.toContain(id);
  });
});
