import { describe, expect, it } from 'vitest';
import { addDemand, ensureOpenDemand, hasActiveDemand, listDemands, markDemandPlanned } from './demands';
import { addSlotRequest, getSlotRequest, listSlotRequests, markSlotRequestDone } from './slot-requests';
import { addTestParticipant, testAudit, tinyRegion } from './test-helpers';

const request = (id: string, createdAt: string, participantId = 'P1') => ({
  id,
  participantId,
  consultantId: 'C1',
  weekStart: '2026-11-30',
  laptopKind: 'touch' as const,
  note: '',
  createdAt,
});

describe('toets slot requests repository', () => {
  it('keeps every request, also a second one for the same client, oldest first with names', () => {
    const db = tinyRegion();
    addTestParticipant(db, testAudit(), 'P1', { givenName: 'Amal', familyName: 'Haddad' });
    addSlotRequest(db, request('b', '2026-11-25T10:00:00'));
    addSlotRequest(db, { ...request('a', '2026-11-25T10:00:00'), note: 'Liefst ochtend' });
    addSlotRequest(db, request('c', '2026-11-24T16:00:00'));
    expect(listSlotRequests(db).map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(getSlotRequest(db, 'a')).toEqual({
      id: 'a',
      kind: 'toets',
      participant: { id: 'P1', name: 'Amal Haddad' },
      consultant: { id: 'C1', name: 'Els de Vries' },
      weekStart: '2026-11-30',
      laptopKind: 'touch',
      note: 'Liefst ochtend',
      createdAt: '2026-11-25T10:00:00',
      status: 'open',
    });
    expect(getSlotRequest(db, 'x')).toBeNull();
  });

  it('lists the open requests unless all are asked for; a resolved one stays, done', () => {
    const db = tinyRegion();
    addTestParticipant(db, testAudit(), 'P1');
    addSlotRequest(db, request('a', '2026-11-24T09:00:00'));
    addSlotRequest(db, request('b', '2026-11-25T09:00:00'));
    markSlotRequestDone(db, 'a');
    expect(listSlotRequests(db, { status: 'open' }).map((r) => r.id)).toEqual(['b']);
    expect(listSlotRequests(db).map((r) => [r.id, r.status])).toEqual([
      ['a', 'done'],
      ['b', 'open'],
    ]);
  });

  it('gives a client one toets step however often their consultant asks: an open or planned one counts', () => {
    const db = tinyRegion();
    const audit = testAudit();
    addTestParticipant(db, audit, 'P1');
    expect(hasActiveDemand(db, 'P1', 'toets')).toBe(false);
    const first = ensureOpenDemand(db, audit, 'P1', 'toets', '2026-11-30');
    expect(ensureOpenDemand(db, audit, 'P1', 'toets', '2026-12-07')).toEqual(first);
    markDemandPlanned(db, first.id);
    expect(hasActiveDemand(db, 'P1', 'toets')).toBe(true);
    addDemand(db, audit, { participantId: 'P1', kind: 'groupInfo', earliestDate: '2026-11-30' });
    expect(listDemands(db, { participantId: 'P1' }).filter((d) => d.kind === 'toets')).toHaveLength(1);
  });
});
