import { describe, expect, it } from 'vitest';
import { addDemand, listDemands } from './demands';
import { createSession } from './sessions';
import { addTrialBooking } from './bookings';
import { historyBytes, historyState, MAX_UNDO_STEPS_PER_WEEK, recordChange, redoNext, undoLast } from './week-history';
import { addTestParticipant, testAudit, tinyRegion } from './test-helpers';

const MON = '2026-11-23';
const AT = '2026-11-23T10:00:00';

function week() {
  const db = tinyRegion();
  const audit = testAudit();
  for (const id of ['P1', 'P2', 'P3']) {
    addTestParticipant(db, audit, id);
    addDemand(db, audit, { id: `D-${id}`, participantId: id, kind: 'groupInfo', earliestDate: MON });
    addDemand(db, audit, { id: `T-${id}`, participantId: id, kind: 'trialLesson', schoolId: 'S1', earliestDate: MON });
  }
  const session = (id: string, start: string, participants: string[]) =>
    createSession(db, audit, {
      id,
      kind: 'groupInfo',
      start: `${MON}T${start}`,
      end: `${MON}T${String(+start.slice(0, 2) + 2).padStart(2, '0')}${start.slice(2)}`,
      roomId: 'R1',
      consultantId: 'C1',
      interpreterId: 'T1',
      language: 'ar',
      status: 'proposed',
      participants: participants.map((p) => ({ participantId: p, demandId: `D-${p}` })),
    });
  const trial = (p: string) =>
    addTrialBooking(db, audit, { classId: 'K1', start: '2026-11-24T09:00', end: '2026-11-24T12:00', participantId: p, demandId: `T-${p}`, status: 'accepted' });
  const trialIds = () => db.prepare('SELECT id, participant_id AS p FROM trial_bookings ORDER BY id').all() as { id: number; p: string }[];
  const sessions = () => db.prepare('SELECT id, start_time AS start FROM sessions ORDER BY id').all();
  const seats = () => db.prepare('SELECT session_id AS s, participant_id AS p FROM session_participants ORDER BY 1, 2').all();
  return { db, audit, session, trial, trialIds, sessions, seats };
}

describe('week history', () => {
  it('undo keeps booking ids and the trial outcome a school recorded (it touches only what the change did)', () => {
    const { db, audit, session, trial, trialIds } = week();
    trial('P1');
    const [{ id: bookingId }] = trialIds();
    db.prepare(
      `INSERT INTO trial_outcomes (booking_id, participant_id, school_id, class_id, lesson_start, attended, route_advice, recorded_at, recorded_by)
       VALUES (?, 'P1', 'S1', 'K1', '2026-11-24T09:00', 1, 'B1', ?, 'liaison:S1')`,
    ).run(bookingId, AT);
    recordChange(db, MON, 'Sessie toegevoegd', AT, () => session('S-1', '09:00', ['P2']));
    expect(undoLast(db, MON, audit)).toBe('Sessie toegevoegd');
    expect(trialIds()).toEqual([{ id: bookingId, p: 'P1' }]);
    expect(db.prepare('SELECT booking_id FROM trial_outcomes').get()).toEqual({ booking_id: bookingId });
    expect(redoNext(db, MON, audit)).toBe('Sessie toegevoegd');
    expect(trialIds()).toEqual([{ id: bookingId, p: 'P1' }]);
    expect(db.prepare('SELECT booking_id FROM trial_outcomes').get()).toEqual({ booking_id: bookingId });
  });

  it('undo of a removed booking puts it back with its own id, and reopens and replans the demand', () => {
    const { db, audit, trial, trialIds } = week();
    trial('P1');
    trial('P2');
    const before = trialIds();
    recordChange(db, MON, 'Proefles geannuleerd', AT, () => db.prepare("DELETE FROM trial_bookings WHERE participant_id = 'P1'").run());
    db.prepare("UPDATE demands SET status = 'open' WHERE id = 'T-P1'").run();
    undoLast(db, MON, audit);
    expect(trialIds()).toEqual(before);
    expect(listDemands(db, { status: 'planned' }).map((d) => d.id)).toContain('T-P1');
  });

  it('undo of a moved session keeps its participants; redo moves it again', () => {
    const { db, audit, session, sessions, seats } = week();
    session('S-1', '09:00', ['P1', 'P2']);
    recordChange(db, MON, 'Sessie verplaatst', AT, () => db.prepare("UPDATE sessions SET start_time = ?, end_time = ? WHERE id = 'S-1'").run(`${MON}T13:00`, `${MON}T15:00`));
    undoLast(db, MON, audit);
    expect(sessions()).toEqual([{ id: 'S-1', start: `${MON}T09:00` }]);
    expect(seats()).toEqual([
      { s: 'S-1', p: 'P1' },
      { s: 'S-1', p: 'P2' },
    ]);
    redoNext(db, MON, audit);
    expect(sessions()).toEqual([{ id: 'S-1', start: `${MON}T13:00` }]);
    expect(seats()).toHaveLength(2);
  });

  it('undo leaves alone what others booked after the change', () => {
    const { db, audit, session, trial, trialIds, sessions } = week();
    recordChange(db, MON, 'Sessie toegevoegd', AT, () => session('S-1', '09:00', ['P1']));
    trial('P3'); // a consultant's booking, not part of the coordinator's change
    undoLast(db, MON, audit);
    expect(sessions()).toEqual([]);
    expect(trialIds().map((t) => t.p)).toEqual(['P3']);
    expect(listDemands(db, { status: 'planned' }).map((d) => d.id)).toEqual(['T-P3']);
  });

  it('stores the change, not the week, and keeps a bounded number of steps', () => {
    const { db, session, trial } = week();
    for (const p of ['P1', 'P2', 'P3']) trial(p);
    session('S-0', '13:00', ['P3']);
    const edits = MAX_UNDO_STEPS_PER_WEEK + 10;
    for (let i = 0; i < edits; i++) {
      recordChange(db, MON, 'Sessie verplaatst', AT, () =>
        db.prepare("UPDATE sessions SET start_time = ?, end_time = ? WHERE id = 'S-0'").run(`${MON}T${i % 2 ? '13' : '14'}:00`, `${MON}T${i % 2 ? '15' : '16'}:00`),
      );
    }
    const rows = db.prepare('SELECT count(*) AS n FROM week_history WHERE week_start = ?').get(MON) as { n: number };
    expect(rows.n).toBe(MAX_UNDO_STEPS_PER_WEEK);
    // One moved session: a few hundred bytes per step, however many bookings the week holds.
    expect(historyBytes(db, MON) / rows.n).toBeLessThan(1000);
    expect(historyState(db, MON)).toMatchObject({ canUndo: true, canRedo: false });
  });
});
