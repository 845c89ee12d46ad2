// A client's history on the client page, in the reader's language: why each change was made
// (the typed "Toch boeken" reason for that booking), what exactly was booked and when, and no
// planner proposal that was never accepted.
import { describe, expect, it } from 'vitest';
import { renderMsg } from '../../../shared/messages';
import { createSession } from '../../../db/repositories/sessions';
import { firstOpenDemandOfKind } from '../../../db/repositories/week-test-queries';
import { DEMO_WEEK as W } from '../../../test/support/demo-services';
import { as, call, db, NEXT_WEEK, useDemoProfiles } from '../../../test/support/demo-profiles';

useDemoProfiles();

type Page = Awaited<ReturnType<typeof page>>;
const page = async (id: string) => call(await as('coordinator'), 'participants.get', { id });
const lines = (p: Page, lang: 'nl' | 'en') => p.history.map((h) => ({ what: renderMsg(h.whatMsg, lang), why: renderMsg(h.whyMsg, lang) }));

describe("a client's history", () => {
  it('gives the reason typed with "Toch boeken" for that booking, quoted as typed, and names the test with its time', async () => {
    const c4 = await as('consultant', 'C-04');
    const slots = await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const slot = slots.slots.find((s) => s.start === '2026-12-01T09:00')!;
    const opts = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const lesson = opts.schools.flatMap((s) => s.options).find((o) => o.start < slot.end && slot.start < o.end)!;
    await call(c4, 'trial.book', { participantId: 'P-029', lessons: [{ classId: lesson.classId, start: lesson.start }] });
    await call(c4, 'toets.book', { participantId: 'P-029', sessionId: slot.sessionId, override: { reason: 'Proefles wordt verzet' } });
    const p = await page('P-029');
    expect(lines(p, 'en')[0]).toEqual({ what: `Booked: learnability test on Tue 1 Dec 09:00–${slot.end.slice(11, 16)}`, why: 'booked anyway: "Proefles wordt verzet"' });
    expect(lines(p, 'nl')[0]).toEqual({ what: `Geboekt: leerbaarheidstoets op di 1 dec 09:00–${slot.end.slice(11, 16)}`, why: 'toch geboekt: "Proefles wordt verzet"' });
    expect(p.history[0]!.why).toBe('toch geboekt: "Proefles wordt verzet"');
    // The trial lesson booked before it, by school, with its reason in English.
    const trial = lines(p, 'en').find((l) => l.what.startsWith('Booked: trial lesson'))!;
    expect(trial.what).toMatch(/^Booked: trial lesson at .+ on Tue 1 Dec at 09:00$/);
    expect(trial.why).toBe('booking trial lessons');
    expect(JSON.stringify(lines(p, 'en'))).not.toMatch(/P-029|C-04|K-[A-Z]/);
  });

  it('names a cancelled group information session by language and time, and why in English', async () => {
    const coord = await as('coordinator');
    const week = await call(coord, 'week.get', { weekStart: W });
    const s = week.sessions.find((x) => x.kind === 'groupInfo' && x.language && x.participants.length > 0)!;
    await call(coord, 'session.cancel', { sessionId: s.id, expectedVersion: s.version });
    const p = await page(s.participants[0]!.id);
    const en = lines(p, 'en')[0]!;
    expect(en.why).toBe('Session cancelled in the week plan');
    expect(en.what).toMatch(/^Booking cancelled: group information session in [A-Z][a-z]+ on [A-Z][a-z]{2} \d+ [A-Z][a-z]{2} \d\d:\d\d–\d\d:\d\d$/);
    expect(lines(p, 'nl')[0]!.what).toMatch(/^Boeking geannuleerd: groepsvoorlichting in het [A-Z][a-z]+ op /);
    // The bookings of the demo data, made before: named by kind and time too.
    expect(lines(p, 'en').some((l) => /^Booked: group information session in [A-Z][a-z]+ on /.test(l.what))).toBe(true);
  });

  it('leaves out a proposal that was discarded: never booked, so never cancelled', async () => {
    const coord = await as('coordinator');
    const { p: pid, d } = firstOpenDemandOfKind(db, 'toets');
    const before = lines(await page(pid), 'en');
    const model = (await call(coord, 'week.get', { weekStart: NEXT_WEEK })).sessions.find((x) => x.kind === 'toets')!;
    createSession(
      db,
      { actor: 'planner', purpose: 'Voorstel weekplanning van de planner opgeslagen', now: () => '2026-11-25T10:00:00Z' },
      {
        kind: 'toets',
        start: model.start,
        end: model.end,
        roomId: model.room.id,
        consultantId: model.consultant.id,
        interpreterId: null,
        language: null,
        status: 'proposed',
        participants: [{ participantId: pid, demandId: d }],
      },
    );
    await call(coord, 'proposal.discard', { weekStart: NEXT_WEEK });
    const after = await page(pid);
    expect(lines(after, 'en')).toEqual(before);
  });
});
