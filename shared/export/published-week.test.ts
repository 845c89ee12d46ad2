import { describe, expect, it } from 'vitest';
import { affectedPeople, diffPublished, sessionChange, staffCalendar, staffWithCalendars, type SessionState } from './published-week';

const base: SessionState = {
  id: 'S1',
  kind: 'groupInfo',
  status: 'accepted',
  start: '2026-11-24T09:00',
  end: '2026-11-24T11:00',
  language: 'ar',
  room: { id: 'R1', name: 'Zaal 1', locationName: 'Gemeentehuis Gorinchem' },
  consultant: { id: 'C1', name: 'Anna de Vries' },
  interpreter: { id: 'T1', name: 'Karim Haddad' },
  participantIds: ['P1', 'P2'],
};
const toets: SessionState = { ...base, id: 'S2', kind: 'toets', language: null, interpreter: null, start: '2026-11-25T13:00', end: '2026-11-25T14:30', participantIds: ['P3'] };

describe('what changed since publication', () => {
  it('names a session moved, changed, new or cancelled, and nothing for one left alone', () => {
    expect(sessionChange(base, { ...base })).toBeNull();
    expect(sessionChange(base, { ...base, participantIds: ['P2', 'P1'] })).toBeNull();
    expect(sessionChange(base, { ...base, start: '2026-11-24T10:00', end: '2026-11-24T12:00' })).toBe('moved');
    expect(sessionChange(base, { ...base, end: '2026-11-24T11:30' })).toBe('moved');
    expect(sessionChange(base, { ...base, room: { ...base.room, id: 'R2' } })).toBe('changed');
    expect(sessionChange(base, { ...base, interpreter: null })).toBe('changed');
    expect(sessionChange(base, { ...base, participantIds: ['P1'] })).toBe('changed');
    expect(sessionChange(base, { ...base, status: 'proposed' })).toBe('changed');
    expect(sessionChange(null, base)).toBe('new');
    expect(sessionChange(base, null)).toBe('cancelled');
  });

  it('lists the differences in time order', () => {
    const moved = { ...toets, start: '2026-11-23T09:00', end: '2026-11-23T10:30' };
    const fresh = { ...toets, id: 'S3', start: '2026-11-26T09:00', end: '2026-11-26T10:30' };
    const changes = diffPublished([base, toets], [moved, fresh]);
    expect(changes.map((c) => [c.sessionId, c.what])).toEqual([
      ['S2', 'moved'],
      ['S1', 'cancelled'],
      ['S3', 'new'],
    ]);
    expect(changes[0]!.before).toBe(toets);
    expect(changes[0]!.after).toBe(moved);
    expect(diffPublished([base, toets], [toets, base])).toEqual([]);
  });

  it('tells staff and participants of a moved session; a staff swap cancels for one and is new for the other', () => {
    const people = affectedPeople(
      diffPublished(
        [base, toets],
        [
          { ...base, start: '2026-11-24T13:00', end: '2026-11-24T15:00' },
          { ...toets, consultant: { id: 'C2', name: 'Bram Smit' } },
        ],
      ),
    );
    const of = (role: string, id: string) => people.find((p) => p.role === role && p.id === id)?.changes;
    expect(of('consultant', 'C1')).toEqual([
      { sessionId: 'S1', what: 'moved' },
      { sessionId: 'S2', what: 'cancelled' },
    ]);
    expect(of('consultant', 'C2')).toEqual([{ sessionId: 'S2', what: 'new' }]);
    expect(of('interpreter', 'T1')).toEqual([{ sessionId: 'S1', what: 'moved' }]);
    expect(of('participant', 'P1')).toEqual([{ sessionId: 'S1', what: 'moved' }]);
    // A change of staff does not change the participant's appointment.
    expect(of('participant', 'P3')).toBeUndefined();
  });

  it('a participant taken out is cancelled, one put in is new, the others stay untouched; a new room reaches everyone', () => {
    const people = affectedPeople(diffPublished([base], [{ ...base, participantIds: ['P2', 'P4'] }]));
    expect(people.filter((p) => p.role === 'participant').map((p) => [p.id, p.changes[0]!.what])).toEqual([
      ['P1', 'cancelled'],
      ['P4', 'new'],
    ]);
    expect(people.find((p) => p.role === 'consultant')!.changes).toEqual([{ sessionId: 'S1', what: 'changed' }]);
    const room = affectedPeople(diffPublished([base], [{ ...base, room: { id: 'R2', name: 'Zaal 2', locationName: 'Bibliotheek' } }]));
    expect(room.map((p) => `${p.role}:${p.id}:${p.changes[0]!.what}`).sort()).toEqual([
      'consultant:C1:changed',
      'interpreter:T1:changed',
      'participant:P1:changed',
      'participant:P2:changed',
    ]);
  });
});

describe('a staff member calendar', () => {
  it('holds their sessions, and as cancelled the published ones they no longer have', () => {
    const swapped = { ...toets, consultant: { id: 'C2', name: 'Bram Smit' } };
    const published = [base, toets, { ...toets, id: 'S0', start: '2026-11-23T09:00', end: '2026-11-23T10:30', cancelled: true }];
    const c1 = staffCalendar({ kind: 'consultant', id: 'C1' }, [swapped], published);
    expect(c1.map((e) => [e.sessionId, e.event.status])).toEqual([
      ['S0', 'CANCELLED'],
      ['S1', 'CANCELLED'],
      ['S2', 'CANCELLED'],
    ]);
    expect(c1[1]!.event.description).toMatch(/^Deze afspraak gaat niet door\./);
    const c2 = staffCalendar({ kind: 'consultant', id: 'C2' }, [swapped], published);
    expect(c2.map((e) => [e.sessionId, e.event.status])).toEqual([['S2', 'CONFIRMED']]);
    // One session, one version, whoever's file it is in: its SEQUENCE cannot see-saw between files.
    expect(c1[2]!.version).toBe(c2[0]!.version);
    expect(staffCalendar({ kind: 'interpreter', id: 'T1' }, [swapped], published).map((e) => e.event.status)).toEqual(['CANCELLED']);
    expect(
      staffWithCalendars([swapped], published)
        .map((p) => `${p.kind}:${p.name}`)
        .sort(),
    ).toEqual(['consultant:Anna de Vries', 'consultant:Bram Smit', 'interpreter:Karim Haddad']);
  });

  it('names no participants, only how many come; a proposal is tentative', () => {
    const [e] = staffCalendar({ kind: 'consultant', id: 'C1' }, [{ ...base, status: 'proposed' }], []);
    expect(e!.event).toMatchObject({ summary: 'Groepsvoorlichting Arabisch', location: 'Zaal 1, Gemeentehuis Gorinchem', status: 'TENTATIVE' });
    expect(e!.event.description).toBe('Consulent: Anna de Vries\nTolk: Karim Haddad\nAantal deelnemers: 2\nNog een voorstel: tijd en plaats kunnen nog wijzigen.');
  });

  it('a session version changes with what its entry says and who has it, not with its participants by name', () => {
    const [a] = staffCalendar({ kind: 'consultant', id: 'C1' }, [base], []);
    const [b] = staffCalendar({ kind: 'consultant', id: 'C1' }, [{ ...base, participantIds: ['P9', 'P8'] }], []);
    const [c] = staffCalendar({ kind: 'consultant', id: 'C1' }, [{ ...base, start: '2026-11-24T09:15' }], []);
    expect(b!.version).toBe(a!.version);
    expect(c!.version).not.toBe(a!.version);
  });
});
