// The startklas intake moments say what each would bring for the household before booking: the
// partner's appointments then, the children's care (the household rule), the client's own toets
// booked anyway; the moments run up to the client's term, not a fixed four weeks.
import { describe, expect, it } from 'vitest';
import { demandsOfKind, setIntakeSeatsEverywhere } from '../../../db/repositories/test-helpers-demo';
import { DEMO_TODAY } from '../../../test/support/demo-services';
import { renderMsg } from '../../../shared/messages';
import { addDays } from '../../../shared/domain/week';
import { useDemoProfiles, db, call, fail, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

const TUESDAY = '2026-12-01';
const nl = (ws: { msg?: unknown; message: string }[]) => ws.map((w) => w.message);

describe('startklas moments before booking', () => {
  it("names the partner's lesson at that time and the children left without care, as what booking would bring", async () => {
    setIntakeSeatsEverywhere(db, 20);
    const c4 = await as('consultant', 'C-04');
    // The partner (P-030) is at a trial lesson on Tuesday morning, booked anyway.
    await call(c4, 'trial.book', { participantId: 'P-030', lessons: [{ classId: 'K-MERW-ALFA-1', start: `${TUESDAY}T09:00` }], override: { reason: 'Oma past op' } });
    const { options } = await call(c4, 'startklas.options', { participantId: 'P-029' });
    const tuesday = options.find((o) => o.date === TUESDAY && o.freeSeats > 0)!;
    expect(tuesday).toBeDefined();
    // Said, not refused: the partner's lesson by kind, name, place and its own times.
    expect(tuesday.warnings.map((w) => w.kind)).toEqual(['partner']);
    expect(tuesday.warnings[0]!.message).toMatch(/^Zou samenvallen met de proefles van Büşra Yıldız in .+ \(di 1 dec 09:00–11:30\)\.$/);
    expect(renderMsg(tuesday.warnings[0]!.msg!, 'en')).toMatch(/^Would clash with Büşra Yıldız's trial lesson at .+ \(Tue 1 Dec 09:00–11:30\)\.$/);
    // The household rule: both parents away, the children without care then.
    const care = tuesday.problems.filter((w) => w.kind === 'childcare');
    expect(care.length).toBeGreaterThan(0);
    expect(care[0]!.message).toMatch(/zouden dan weg zijn voor .*proefles.*; hun kind .+ zou dan geen opvang hebben\.$/);
    // A moment on another day brings neither.
    const other = options.find((o) => o.date !== TUESDAY && o.freeSeats > 0)!;
    expect(other.warnings).toEqual([]);
  });

  it('names a toets booked anyway at that time, once, and says what the booking would refuse', async () => {
    setIntakeSeatsEverywhere(db, 20);
    const c4 = await as('consultant', 'C-04');
    // The client's own trial lesson 09:00–11:30 and a toets 09:00–10:30 booked anyway beside it.
    await call(c4, 'trial.book', { participantId: 'P-029', lessons: [{ classId: 'K-MERW-ALFA-1', start: `${TUESDAY}T09:00` }], override: { reason: 'Oma past op' } });
    const slots = await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: '2026-11-30' });
    const toets = slots.slots.find((s) => s.start === `${TUESDAY}T09:00`)!;
    await call(c4, 'toets.book', { participantId: 'P-029', sessionId: toets.sessionId, override: { reason: 'Proefles wordt verzet' } });

    const { options } = await call(c4, 'startklas.options', { participantId: 'P-029' });
    const tuesday = options.find((o) => o.date === TUESDAY && o.freeSeats > 0)!;
    const texts = nl(tuesday.problems);
    const naming = texts.filter((t) => /leerbaarheidstoets/.test(t) && !/weg zijn/.test(t));
    expect(naming).toHaveLength(1);
    expect(naming[0]).toMatch(/^Overlapt met de leerbaarheidstoets op di 1 dec 09:00–10:30 in .+\.$/);
    expect(renderMsg(tuesday.problems.find((w) => w.message === naming[0])!.msg!, 'en')).toMatch(/^Overlaps with the learnability test on Tue 1 Dec 09:00–10:30 at .+\.$/);
    // The lesson the checker names is not named twice.
    expect(texts.filter((t) => /^Overlapt met de proefles/.test(t))).toEqual([]);
    expect(texts.some((t) => / zou dan tegelijk in de .*proefles/.test(t))).toBe(true);
    // The same check the booking makes: each of the checker's sentences is in its refusal.
    const refused = await fail(c4, 'startklas.register', { participantId: 'P-029', intakeId: tuesday.intakeId, date: tuesday.date });
    expect(refused).toMatchObject({ code: 'conflict', field: 'override' });
    for (const w of tuesday.problems.filter((x) => x.msg?.code !== 'booking.ownOverlap')) expect(refused.message).toContain(w.message);
  });

  it('offers moments up to the client’s 4-week norm, not four weeks, and books one beyond four weeks', async () => {
    setIntakeSeatsEverywhere(db, 20);
    const c4 = await as('consultant', 'C-04');
    const item = (await call(c4, 'consultant.caseload', { participantId: 'P-029' })).items[0]!;
    expect(item.activity.deadline! > addDays(DEMO_TODAY, 28)).toBe(true);
    const before = demandsOfKind(db, 'P-029', 'startklasIntake');
    const { options, window } = await call(c4, 'startklas.options', { participantId: 'P-029' });
    expect(window).toEqual({ until: item.activity.deadline, by: 'activity' });
    expect(options.every((o) => o.date <= window!.until)).toBe(true);
    const late = options.filter((o) => o.date > addDays(DEMO_TODAY, 28));
    expect(late.length).toBeGreaterThan(0);
    // Looking wrote nothing: no step added for the preview.
    expect(demandsOfKind(db, 'P-029', 'startklasIntake')).toEqual(before);

    const pick = late.find((o) => o.freeSeats > 0 && o.problems.length === 0)!;
    const r = await call(c4, 'startklas.register', { participantId: 'P-029', intakeId: pick.intakeId, date: pick.date });
    expect(r).toMatchObject({ status: 'booked', intake: { intakeId: pick.intakeId, date: pick.date } });
  });
});
