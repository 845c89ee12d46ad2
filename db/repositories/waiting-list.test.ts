import { describe, expect, it } from 'vitest';
import { addDemand } from './demands';
import { addToWaitingList, firstWaiting, listWaiting, removeFromWaitingList, removeWaitingEntry, waitingPosition, waitingPositionsByDemand } from './waiting-list';
import { addTestParticipant, testAudit, tinyRegion } from './test-helpers';

function withWaiting(ids: string[]) {
  const db = tinyRegion();
  const audit = testAudit();
  for (const id of ids) {
    addTestParticipant(db, audit, id);
    addDemand(db, audit, { id: `I-${id}`, participantId: id, kind: 'startklasIntake', earliestDate: '2026-11-23' });
  }
  return db;
}

describe('startklas waiting list repository', () => {
  it('is first come, first served: the order people joined, whatever their ids or the time given', () => {
    const db = withWaiting(['P3', 'P1', 'P2']);
    addToWaitingList(db, 'P3', 'I-P3', '2026-11-23T10:00:00');
    addToWaitingList(db, 'P1', 'I-P1', '2026-11-23T09:00:00');
    addToWaitingList(db, 'P2', 'I-P2', '2026-11-23T11:00:00');
    expect(listWaiting(db).map((w) => w.participantId)).toEqual(['P3', 'P1', 'P2']);
    expect(firstWaiting(db)).toMatchObject({ participantId: 'P3', demandId: 'I-P3' });
    expect(['P1', 'P2', 'P3', 'P4'].map((p) => waitingPosition(db, p))).toEqual([2, 3, 1, null]);
    expect(waitingPositionsByDemand(db)).toEqual(
      new Map([
        ['I-P3', 1],
        ['I-P1', 2],
        ['I-P2', 3],
      ]),
    );
  });

  it('moves everyone behind up when someone leaves the line, first in line or not', () => {
    const db = withWaiting(['P1', 'P2', 'P3']);
    for (const p of ['P1', 'P2', 'P3']) addToWaitingList(db, p, `I-${p}`, '2026-11-23T09:00:00');
    removeWaitingEntry(db, firstWaiting(db)!.id);
    expect(waitingPosition(db, 'P2')).toBe(1);
    removeFromWaitingList(db, 'P2');
    expect(listWaiting(db).map((w) => w.participantId)).toEqual(['P3']);
    removeFromWaitingList(db, 'P3');
    expect(firstWaiting(db)).toBeNull();
  });

  it('lets a participant wait once, and a rejoin goes to the end of the line', () => {
    const db = withWaiting(['P1', 'P2']);
    addToWaitingList(db, 'P1', 'I-P1', '2026-11-23T09:00:00');
    expect(() => addToWaitingList(db, 'P1', 'I-P1', '2026-11-23T09:05:00')).toThrow(/UNIQUE/);
    addToWaitingList(db, 'P2', 'I-P2', '2026-11-23T09:10:00');
    removeFromWaitingList(db, 'P1');
    addToWaitingList(db, 'P1', 'I-P1', '2026-11-23T09:15:00');
    expect(listWaiting(db).map((w) => w.participantId)).toEqual(['P2', 'P1']);
  });
});
