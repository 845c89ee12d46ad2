// The planner's unplanned reasons kept per week: the Dutch text and, since migration 016, the
// message it was written from, so the not-planned list reads in English too.
import { describe, expect, it } from 'vitest';
import { msg, p, renderMsg } from '../../shared/messages';
import { migrate } from '../migrations';
import { addDemand } from './demands';
import { insertRun, storeUnplannedReasons, unplannedReasons } from './planner-runs';
import { addTestParticipant, testAudit, tinyRegion } from './test-helpers';

const W = '2026-11-23';

function withDemands() {
  const db = tinyRegion();
  const audit = testAudit();
  addTestParticipant(db, audit, 'P1');
  addDemand(db, audit, { id: 'D1', participantId: 'P1', kind: 'trialLesson', schoolId: 'S1', earliestDate: W });
  addDemand(db, audit, { id: 'D2', participantId: 'P1', kind: 'toets', earliestDate: W });
  insertRun(db, { id: 'run-1', weekStart: W, seed: 1, timeLimitMs: 1000, startedAt: '2026-11-20T09:00:00' });
  return db;
}

const noLessons = msg('planner.reason.noLessons', { school: p.text('Taalschool Rivierland') });

describe('unplanned reasons', () => {
  it('keeps the message beside the Dutch text, and reads it back the same', () => {
    const db = withDemands();
    storeUnplannedReasons(db, W, 'run-1', [
      { demandId: 'D1', reason: renderMsg(noLessons, 'nl'), msg: noLessons },
      { demandId: 'D2', reason: 'geen gecertificeerde consulent beschikbaar deze week' },
    ]);
    const read = unplannedReasons(db, W);
    expect(read.get('D1')).toEqual({ reason: 'Taalschool Rivierland heeft deze week geen lessen', msg: noLessons });
    expect(renderMsg(read.get('D1')!.msg!, 'en')).toBe('Taalschool Rivierland has no lessons this week');
    // A reason stored without a message reads as its text alone.
    expect(read.get('D2')).toEqual({ reason: 'geen gecertificeerde consulent beschikbaar deze week', msg: null });
    // A new run replaces the week's reasons.
    storeUnplannedReasons(db, W, 'run-1', [{ demandId: 'D2', reason: 'x', msg: msg('planner.reason.noCertified') }]);
    expect([...unplannedReasons(db, W).entries()]).toEqual([['D2', { reason: 'x', msg: msg('planner.reason.noCertified') }]]);
    db.close();
  });

  it('falls back to the Dutch text when a stored message does not read', () => {
    const db = withDemands();
    storeUnplannedReasons(db, W, 'run-1', [
      // Not a message, and a code no longer in the catalogue (nested too).
      { demandId: 'D1', reason: 'eerste', msg: { code: 'planner.reason.noLessons', params: { school: { type: 'nonsense' } } } as never },
      { demandId: 'D2', reason: 'tweede', msg: msg('planner.reason.noCare', { child: p.msg(msg('planner.reason.gone')), adults: 'A', kind: p.kind('toets') }) },
    ]);
    const read = unplannedReasons(db, W);
    expect(read.get('D1')).toEqual({ reason: 'eerste', msg: null });
    expect(read.get('D2')).toEqual({ reason: 'tweede', msg: null });
    db.close();
  });

  it('reads reasons stored before migration 016 as their text', () => {
    // A region with demands taken back to version 15 (what 016 and later added undone), a reason
    // written as before, then 016 and the migrations after it.
    const db = withDemands();
    db.pragma('user_version = 15');
    db.exec('ALTER TABLE unplanned_reasons DROP COLUMN msg; DROP TABLE cancelled_trial_lessons; DROP TABLE cancelled_intake_moments');
    db.prepare("INSERT INTO unplanned_reasons (week_start, demand_id, reason, run_id) VALUES (?, 'D1', 'oude reden', 'run-1')").run(W);
    expect(migrate(db)).toEqual([16, 17]);
    expect(unplannedReasons(db, W).get('D1')).toEqual({ reason: 'oude reden', msg: null });
    db.close();
  });
});
