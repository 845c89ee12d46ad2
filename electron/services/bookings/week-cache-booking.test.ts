// A toets booking checks the week from the shared cache (week/week-instance.ts). A check cached
// before another process booked, or before this connection booked, must not let a booking
// through that the week as it now stands refuses: for a laptop or for the client's own time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/errors';
import type { CallOutput } from '../../../shared/api/contract';
import type { DatabaseTemplate } from '../../../db/repositories/test-helpers-two-connections';
import { lowSkillSeatsOfSession, setTouchLaptopsEverywhere } from '../../../db/repositories/test-helpers-demo';
import { NEXT_WEEK } from '../../../test/support/demo-profiles';
import { demoTemplate, twoSides, type Side, type TwoSides } from '../../../test/support/two-connections';

let template: DatabaseTemplate;
beforeAll(() => {
  template = demoTemplate();
});
afterAll(() => template.remove());

const SESSION = 'SES-2026W49-07';
const CLIENT = 'P-029';
const OTHER_CLIENT = 'P-030';

function ok<T>(r: ApiResult<unknown>): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.data as T;
}

async function slots(side: Side, participantId: string) {
  const me = await side.as('consultant', 'C-04');
  return ok<CallOutput<'toets.slots'>>(await side.call(me, 'toets.slots', { participantId, weekStart: NEXT_WEEK }));
}

/** The client's own trial lesson at the time of the toets slot, booked on `side`. */
async function bookClashingLesson(side: Side, slot: { start: string; end: string }) {
  const me = await side.as('consultant', 'C-04');
  const opts = ok<CallOutput<'trial.options'>>(await side.call(me, 'trial.options', { participantId: CLIENT, weekStart: NEXT_WEEK }));
  const lesson = opts.schools.flatMap((s) => s.options).find((o) => o.start < slot.end && slot.start < o.end)!;
  ok(await side.call(me, 'trial.book', { participantId: CLIENT, lessons: [{ classId: lesson.classId, start: lesson.start }] }));
}

describe('a toets booking with the week check cached', () => {
  let sides: TwoSides;

  it('is refused for the last laptop another process took after the slots were shown', async () => {
    sides = twoSides(template);
    try {
      const { a, b } = sides;
      setTouchLaptopsEverywhere(a.db, lowSkillSeatsOfSession(a.db, SESSION).n + 1);
      // Both clients need a touch laptop; the slots (and the week's check) are read and cached on a.
      expect((await slots(a, CLIENT)).slots.find((s) => s.sessionId === SESSION)?.freeLaptops).toBe(1);
      const other = await b.as('consultant', 'C-04');
      ok(await b.call(other, 'toets.book', { participantId: OTHER_CLIENT, sessionId: SESSION }));
      const me = await a.as('consultant', 'C-04');
      const r = await a.call(me, 'toets.book', { participantId: CLIENT, sessionId: SESSION });
      expect(r.ok ? null : r.error).toMatchObject({ code: 'conflict', field: 'sessionId', message: 'Geen vrije touchscreen-laptop meer bij dit toetsmoment.' });
    } finally {
      sides.close();
    }
  });

  for (const where of ['another process', 'this connection'] as const) {
    it(`is refused for a clash with the client's own lesson that ${where} booked after the check was cached`, async () => {
      sides = twoSides(template);
      try {
        const { a, b } = sides;
        const before = await slots(a, CLIENT);
        const slot = before.slots.find((s) => s.start === '2026-12-01T09:00')!;
        expect(slot.problems).toEqual([]);
        await bookClashingLesson(where === 'another process' ? b : a, slot);
        const me = await a.as('consultant', 'C-04');
        const r = await a.call(me, 'toets.book', { participantId: CLIENT, sessionId: slot.sessionId });
        expect(r.ok ? null : r.error).toMatchObject({ code: 'conflict', field: 'sessionId', message: expect.stringMatching(/Toch boeken/) });
        // And the slots, read again, name the clash.
        expect((await slots(a, CLIENT)).slots.find((s) => s.sessionId === slot.sessionId)!.problems.length).toBeGreaterThan(0);
      } finally {
        sides.close();
      }
    });
  }
});
