// Checked before booking: the automatic startklas intake and the group information session skip
// a moment that breaks a hard rule (the household's baby KND-017 of P-029 and P-030 without care,
// the client's own busy time); when every free moment would, booking needs a reason ("Toch
// boeken"), which the audit keeps.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/repositories/audit';
import { clientForGroupInfo, makeBusyWorkingDays, setIntakeSeatsEverywhere } from '../../../db/repositories/test-helpers-demo';
import { DEMO_TODAY } from '../../../test/support/demo-services';
import { useDemoProfiles, db, call, fail, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('consultant registers for the startklas', () => {
  it('skips an intake at which both parents are away and the baby has no care', async () => {
    const c4 = await as('consultant', 'C-04');
    // Plenty of seats: a moment is passed over only for what it breaks.
    setIntakeSeatsEverywhere(db, 20);
    // Alone, the client gets the first free intake; cancelled again, it stays free.
    const alone = await call(c4, 'startklas.register', { participantId: 'P-029' });
    expect((await call(c4, 'startklas.cancel', { participantId: 'P-029' })).cancelled).toBe(true);
    const partner = await call(c4, 'startklas.register', { participantId: 'P-030' });
    expect(partner.intake!.start).toBe(alone.intake!.start);
    expect(partner).toMatchObject({ status: 'booked', warnings: [] });
    const me = await call(c4, 'startklas.register', { participantId: 'P-029' });
    expect(me.status).toBe('booked');
    expect(me.intake!.start).not.toBe(partner.intake!.start);
    expect(me.warnings).toEqual([]);
  });

  it('refuses an intake that leaves the baby without care unless "Toch boeken" gives a reason', async () => {
    const c4 = await as('consultant', 'C-04');
    // The partner works every weekday: whenever the client is at an intake, nobody is home.
    makeBusyWorkingDays(db, 'P-030');
    const refused = await fail(c4, 'startklas.register', { participantId: 'P-029' });
    expect(refused).toMatchObject({ code: 'conflict', field: 'override' });
    expect(refused.message).toMatch(/^De eerste vrije intake \(.+\) past niet: .*geen opvang/);
    const caseload = await call(c4, 'consultant.caseload', {});
    expect(caseload.items.find((i) => i.participant.id === 'P-029')!.steps.find((s) => s.kind === 'startklasIntake')?.booking ?? null).toBeNull();

    const booked = await call(c4, 'startklas.register', { participantId: 'P-029', override: { reason: 'Oma past op de baby' } });
    expect(booked.status).toBe('booked');
    expect(booked.warnings.map((w) => w.kind)).toContain('childcare');
    const row = listAudit(db, { entityId: 'P-029' }).find((a) => (a.details as { override?: unknown } | null)?.override);
    expect((row!.details as { override: { reason: string } }).override.reason).toBe('Oma past op de baby');
  });
});

describe('consultant enlists for group information', () => {
  it('refuses a session at a time the client is busy unless a reason is given, and keeps the reason', async () => {
    const c1 = await as('consultant', 'C-01');
    const p = clientForGroupInfo(db, 'C-01', `${DEMO_TODAY}T23:59`)!;
    // The client works every weekday: every session clashes with their own busy time.
    makeBusyWorkingDays(db, p.id);
    const refused = await fail(c1, 'groupInfo.enlist', { participantId: p.id });
    expect(refused).toMatchObject({ code: 'conflict', field: 'override' });
    expect(refused.message).toMatch(/^De eerste groepsvoorlichting met plaats \(.+\) past niet: .*al bezet/);
    const booked = await call(c1, 'groupInfo.enlist', { participantId: p.id, override: { reason: 'Werkgever geeft vrij' } });
    expect(booked.session).not.toBeNull();
    expect(booked.warnings.map((w) => w.kind)).toContain('busy');
    const row = listAudit(db, { entityId: p.id }).find((a) => a.entity === 'booking' && (a.details as { override?: unknown } | null)?.override);
    expect((row!.details as { override: { reason: string } }).override.reason).toBe('Werkgever geeft vrij');
  });

  it('books a session that breaks nothing without a reason', async () => {
    const c1 = await as('consultant', 'C-01');
    const p = clientForGroupInfo(db, 'C-01', `${DEMO_TODAY}T23:59`)!;
    const r = await call(c1, 'groupInfo.enlist', { participantId: p.id });
    expect(r.session).not.toBeNull();
    expect(r.warnings).toEqual([]);
  });
});
