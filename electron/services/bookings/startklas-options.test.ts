// Choosing the startklas intake moment: startklas.options lists the moments of the coming weeks
// with their free seats and what each would break; startklas.register books exactly the chosen
// one, refuses it when it has filled up or is gone, and needs a reason for one that breaks a
// hard rule (the household's baby KND-017 of P-029 and P-030 without care).
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/repositories/audit';
import { intakeSeatsTakenAfter, makeBusyWorkingDays, setIntakeSeatsEverywhere } from '../../../db/repositories/test-helpers-demo';
import { DEMO_TODAY } from '../../../test/support/demo-services';
import { useDemoProfiles, db, call, fail, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

const pick = (o: { intakeId: string; date: string }) => ({ intakeId: o.intakeId, date: o.date });

describe('consultant chooses the startklas intake moment', () => {
  it('lists several moments with seats and books the second when that one is chosen', async () => {
    setIntakeSeatsEverywhere(db, 3);
    const c4 = await as('consultant', 'C-04');
    const before = intakeSeatsTakenAfter(db, DEMO_TODAY);
    const { options, current } = await call(c4, 'startklas.options', { participantId: 'P-029' });
    expect(current).toBeNull();
    expect(options.length).toBeGreaterThan(2);
    expect(options.every((o) => o.date > DEMO_TODAY && o.freeSeats <= 3)).toBe(true);
    expect(options.map((o) => o.start)).toEqual([...options.map((o) => o.start)].sort());
    // Looking books nothing.
    expect(intakeSeatsTakenAfter(db, DEMO_TODAY)).toEqual(before);

    const second = options.filter((o) => o.freeSeats > 0 && o.problems.length === 0)[1]!;
    const r = await call(c4, 'startklas.register', { participantId: 'P-029', ...pick(second) });
    expect(r).toMatchObject({ status: 'booked', intake: { intakeId: second.intakeId, date: second.date, start: second.start }, warnings: [] });
    const after = await call(c4, 'startklas.options', { participantId: 'P-029' });
    expect(after.current).toMatchObject(pick(second));
    const seen = (await call(c4, 'startklas.options', { participantId: 'P-030' })).options.find((o) => o.intakeId === second.intakeId && o.date === second.date)!;
    expect(seen.freeSeats).toBe(second.freeSeats - 1);
  });

  it('refuses a moment that has filled up or is gone', async () => {
    setIntakeSeatsEverywhere(db, 1);
    const c4 = await as('consultant', 'C-04');
    const first = (await call(c4, 'startklas.options', { participantId: 'P-030' })).options.find((o) => o.freeSeats === 1)!;
    expect((await call(c4, 'startklas.register', { participantId: 'P-030', ...pick(first) })).status).toBe('booked');
    const shown = (await call(c4, 'startklas.options', { participantId: 'P-029' })).options.find((o) => o.intakeId === first.intakeId && o.date === first.date)!;
    expect(shown.freeSeats).toBe(0);
    const full = await fail(c4, 'startklas.register', { participantId: 'P-029', ...pick(first) });
    expect(full).toMatchObject({ code: 'conflict', field: 'intakeId' });
    expect(full.message).toMatch(/^De intake van .+ heeft intussen geen plaats meer/);
    const gone = await fail(c4, 'startklas.register', { participantId: 'P-029', intakeId: first.intakeId, date: DEMO_TODAY });
    expect(gone).toMatchObject({ code: 'not_found', field: 'intakeId' });
    const half = await fail(c4, 'startklas.register', { participantId: 'P-029', intakeId: first.intakeId });
    expect(half).toMatchObject({ field: 'intakeId' });
  });

  it('shows what a moment breaks and books it only with a reason, which the audit keeps', async () => {
    setIntakeSeatsEverywhere(db, 20);
    const c4 = await as('consultant', 'C-04');
    // The partner works every weekday: whenever the client is at an intake, nobody is home.
    makeBusyWorkingDays(db, 'P-030');
    const taken = intakeSeatsTakenAfter(db, DEMO_TODAY);
    const { options } = await call(c4, 'startklas.options', { participantId: 'P-029' });
    expect(options.length).toBeGreaterThan(1);
    expect(options.every((o) => o.problems.some((w) => w.kind === 'childcare'))).toBe(true);
    expect(options[1]!.problems[0]!.msg).toBeDefined();
    const refused = await fail(c4, 'startklas.register', { participantId: 'P-029', ...pick(options[1]!) });
    expect(refused).toMatchObject({ code: 'conflict', field: 'override' });
    expect(refused.message).toMatch(/^De intake van .+ past niet: .*geen opvang/);
    expect(intakeSeatsTakenAfter(db, DEMO_TODAY)).toEqual(taken);

    const booked = await call(c4, 'startklas.register', { participantId: 'P-029', ...pick(options[1]!), override: { reason: 'Oma past op de baby' } });
    expect(booked).toMatchObject({ status: 'booked', intake: pick(options[1]!) });
    expect(booked.warnings.map((w) => w.kind)).toContain('childcare');
    const row = listAudit(db, { entityId: 'P-029' }).find((a) => (a.details as { override?: unknown } | null)?.override);
    expect((row!.details as { date: string; override: { reason: string } }).date).toBe(options[1]!.date);
    expect((row!.details as { override: { reason: string } }).override.reason).toBe('Oma past op de baby');
  });
});
