import { describe, expect, it } from 'vitest';
import { checkPlan, type Violation } from '../../../shared/planner/check';
import { TINY_DAYS, tinyInstance, tinyPlan } from '../../../test/fixtures/planning/tiny-week';
import { applyChange, candidatesFor, newViolations, openCandidates, optionConflicts, previewChange, sessionConflicts, shiftLocal } from './preview';

const { TUE, WED } = TINY_DAYS;

describe('applying a change to a copy of the plan', () => {
  it('moves one session and leaves the original plan untouched', () => {
    const inst = tinyInstance();
    const plan = tinyPlan();
    const before = JSON.stringify(plan);
    const next = applyChange(inst, plan, { sessionId: 'S1', start: `${WED}T13:00`, end: `${WED}T15:00`, roomId: 'R-G2' });
    expect(JSON.stringify(plan)).toBe(before);
    expect(next.sessions.find((s) => s.id === 'S1')).toMatchObject({ start: `${WED}T13:00`, end: `${WED}T15:00`, roomId: 'R-G2', consultantId: 'C-ar' });
    expect(next.sessions.find((s) => s.id === 'S2')).toBe(plan.sessions.find((s) => s.id === 'S2'));
  });

  it('keeps every demand exactly once when participants join or leave', () => {
    const inst = tinyInstance();
    const plan = tinyPlan();
    const joined = applyChange(inst, plan, { sessionId: 'S2', addParticipantIds: ['P1'] });
    expect(joined.sessions.find((s) => s.id === 'S2')!.participants).toEqual(['P3', 'P4', 'P1']);
    expect(joined.unplanned.map((u) => u.demandId)).not.toContain('D9');
    expect(checkPlan(inst, joined).violations.filter((v) => v.rule === 0)).toEqual([]);

    const left = applyChange(inst, plan, { sessionId: 'S2', removeParticipantIds: ['P4'] });
    expect(left.sessions.find((s) => s.id === 'S2')!.participants).toEqual(['P3']);
    expect(left.unplanned.map((u) => u.demandId)).toContain('D5');
    expect(checkPlan(inst, left).violations.filter((v) => v.rule === 0)).toEqual([]);
  });

  it('sets or clears the interpreter', () => {
    const next = applyChange(tinyInstance(), tinyPlan(), { sessionId: 'S3', interpreterId: null });
    expect(next.sessions.find((s) => s.id === 'S3')!.interpreterId).toBeNull();
  });

  it('returns the plan itself for an unknown session', () => {
    const plan = tinyPlan();
    expect(applyChange(tinyInstance(), plan, { sessionId: 'nope', start: `${WED}T09:00` })).toBe(plan);
  });
});

describe('which violations a change introduces', () => {
  const v = (rule: number, entities: string[], message: string): Violation => ({ rule, entities, message, msg: { code: 'test', params: {} } });

  it('counts a conflict with the same rule and entities as the same, whatever its wording', () => {
    const before = [v(2, ['R-G', 'S1', 'S3'], 'Zaal 1 is dubbel geboekt op di 09:00')];
    const after = [v(2, ['S3', 'S1', 'R-G'], 'Zaal 1 is dubbel geboekt op di 10:00'), v(3, ['C-ar'], 'Samira is dubbel geboekt')];
    expect(newViolations(before, after).map((x) => x.rule)).toEqual([3]);
  });

  it('counts repeats: a second copy of an old conflict is new', () => {
    const a = v(1, ['P1'], 'x');
    expect(newViolations([a], [a, { ...a }])).toHaveLength(1);
  });

  it('finds the clash with a household member of a trial lesson and the Dutch reason', () => {
    const inst = tinyInstance();
    const plan = tinyPlan();
    const baseline = checkPlan(inst, plan).violations;
    expect(baseline).toEqual([]);
    // Ahmed (P2, in S1) has a trial lesson on Tuesday 13:00 at the school.
    const p = previewChange(inst, plan, baseline, { sessionId: 'S1', start: `${TUE}T13:00`, end: `${TUE}T15:00` });
    expect(p.introduced.length).toBeGreaterThan(0);
    expect(p.introduced.some((x) => x.rule === 1 && x.entities.includes('P2'))).toBe(true);
    expect(p.introduced.every((x) => typeof x.message === 'string' && x.message.length > 10)).toBe(true);
    expect(p.ms).toBeGreaterThanOrEqual(0);
  });

  it('finds nothing new for a harmless move and reports resolved conflicts', () => {
    const inst = tinyInstance();
    const plan = tinyPlan();
    const ok = previewChange(inst, plan, [], { sessionId: 'S2', start: `${WED}T10:00`, end: `${WED}T11:30` });
    expect(ok.introduced).toEqual([]);

    // Start from a plan where S1 clashes with the trial lesson; moving it back resolves that.
    const bad = applyChange(inst, plan, { sessionId: 'S1', start: `${TUE}T13:00`, end: `${TUE}T15:00` });
    const badBaseline = checkPlan(inst, bad).violations;
    const back = previewChange(inst, bad, badBaseline, { sessionId: 'S1', start: `${TUE}T09:00`, end: `${TUE}T11:00` });
    expect(back.introduced).toEqual([]);
    expect(back.resolved.length).toBe(badBaseline.length);
  });

  it('flags an interpreter who is not available at the new time', () => {
    const inst = tinyInstance();
    // Yonas (T-ti) works only Tuesday morning.
    const p = previewChange(inst, tinyPlan(), [], { sessionId: 'S3', start: `${WED}T09:00`, end: `${WED}T11:00` });
    expect(p.introduced.some((x) => x.rule === 4 && x.entities.includes('T-ti'))).toBe(true);
  });
});

describe('choices in the session panel', () => {
  const resources = () => {
    const inst = tinyInstance();
    return {
      rooms: inst.rooms.map((r) => ({ id: r.id, name: r.name, locationId: r.locationId, kinds: r.kinds })),
      consultants: inst.consultants.map((c) => ({ id: c.id, name: c.name, toetsCertified: c.toetsCertified })),
      interpreters: inst.interpreters.map((t) => ({ id: t.id, name: t.name, languages: t.languages })),
    };
  };

  it('offers rooms of the right kind, certified consultants for a toets and interpreters of the language', () => {
    const plan = tinyPlan();
    const toets = candidatesFor(
      plan.sessions.find((s) => s.id === 'S2')!,
      resources(),
    );
    expect(toets.rooms.map((r) => r.id)).toEqual(['R-T']);
    expect(toets.consultants.map((c) => c.id)).toEqual(['C-ar']);
    expect(toets.interpreters).toEqual([]);
    const arabic = candidatesFor(
      plan.sessions.find((s) => s.id === 'S1')!,
      resources(),
    );
    expect(arabic.rooms.map((r) => r.id)).toEqual(['R-G', 'R-G2']);
    expect(arabic.consultants.map((c) => c.id)).toEqual(['C-nl', 'C-ar']);
    expect(arabic.interpreters.map((t) => t.id)).toEqual(['T-ar']);
  });

  it('marks the options that would clash with the parallel session', () => {
    const inst = tinyInstance();
    const plan = tinyPlan();
    // S3 runs at the same time in Zaal 2 with Jeroen (C-nl).
    const rooms = optionConflicts(inst, plan, [], 'S1', 'roomId', [
      { id: 'R-G', name: 'Zaal 1' },
      { id: 'R-G2', name: 'Zaal 2' },
    ]);
    expect(rooms.map((o) => [o.id, o.introduced.length > 0])).toEqual([
      ['R-G', false],
      ['R-G2', true],
    ]);
    const consultants = optionConflicts(inst, plan, [], 'S1', 'consultantId', [
      { id: 'C-nl', name: 'Jeroen' },
      { id: 'C-ar', name: 'Samira' },
    ]);
    expect(consultants.find((o) => o.id === 'C-nl')!.introduced.some((v) => v.rule === 3)).toBe(true);
    expect(consultants.find((o) => o.id === 'C-ar')!.introduced).toEqual([]);
  });

  it('lists participants with an open demand of the session kind', () => {
    const inst = tinyInstance();
    const plan = tinyPlan();
    expect(
      openCandidates(
        inst,
        plan,
        plan.sessions.find((s) => s.id === 'S2')!,
      ).map((c) => c.participantId),
    ).toEqual(['P1']);
    expect(
      openCandidates(
        inst,
        plan,
        plan.sessions.find((s) => s.id === 'S1')!,
      ),
    ).toEqual([]);
    const fewer = applyChange(inst, plan, { sessionId: 'S3', removeParticipantIds: ['P4'] });
    const open = openCandidates(
      inst,
      fewer,
      fewer.sessions.find((s) => s.id === 'S1')!,
    );
    expect(open).toEqual([{ participantId: 'P4', name: 'Selam', speaksLanguage: false }]);
  });
});

describe('conflicts shown on the sessions of the week', () => {
  it('marks sessions named by a conflict, and sessions of the people named on that day', () => {
    const sessions = [
      { id: 'S1', start: '2026-11-25T09:00', participants: [{ id: 'P1' }] },
      { id: 'S2', start: '2026-11-26T09:00', participants: [{ id: 'P1' }] },
      { id: 'S3', start: '2026-11-26T13:00', participants: [] },
    ];
    const household = {
      rule: 9,
      entities: ['P1', 'P2', 'H1', 'K1'],
      message: 'Fatima en Ahmed (huishouden H1) zijn allebei weg op wo 25 nov 09:00-11:00; hun kind K1 heeft dan geen opvang.',
      msg: { code: 'test', params: {} },
    };
    const room = { rule: 2, entities: ['R1', 'S3', 'S9'], message: 'Zaal 1 is dubbel geboekt.', msg: { code: 'test', params: {} } };
    const m = sessionConflicts(sessions, [household, room, room]);
    expect(m.get('S1')).toEqual([household.message]);
    expect(m.has('S2')).toBe(false);
    expect(m.get('S3')).toEqual([room.message]);
  });

  it('finds the household conflict of a real move in the tiny week', () => {
    const inst = tinyInstance();
    const plan = tinyPlan();
    const moved = applyChange(inst, plan, { sessionId: 'S1', start: `${TUE}T13:00`, end: `${TUE}T15:00` });
    const view = moved.sessions.map((s) => ({ id: s.id, start: s.start, participants: s.participants.map((id) => ({ id })) }));
    const m = sessionConflicts(view, checkPlan(inst, moved).violations);
    expect(m.get('S1')?.length).toBeGreaterThan(0);
    expect(m.has('S2')).toBe(false);
  });
});

describe('local times', () => {
  it('shifts across midnight and month ends without a time zone', () => {
    expect(shiftLocal('2026-11-30T23:30', 45)).toBe('2026-12-01T00:15');
    expect(shiftLocal('2026-03-29T01:30', 60)).toBe('2026-03-29T02:30');
  });
});
