// Beheer through dispatch on the demo region, as the profiles call it: access, validation next
// to the field, and changes that would break planned weeks shown first and applied on confirm.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/repositories/audit';
import { getParticipant } from '../../../db/repositories/participants';
import { DEMO_WEEK } from '../../../test/support/demo-services';
import { NEXT_WEEK, as, call, db, events, fail, useDemoProfiles } from '../../../test/support/demo-profiles';
import { classForm, consultantForm, interpreterForm, roomForm } from '../../../test/support/manage-forms';

useDemoProfiles();

/** No internal id in a sentence meant for the user (demo ids look like R-GOR-TOETS, C-02, K-MERW-Z-1). */
const NO_IDS = /\b(R|C|T|K|S|L|G|SK|KO|BSO)-[A-Z0-9]/;

describe('access', () => {
  it('lets only the coordinator manage, and a liaison only list and save classes', async () => {
    const consultant = await as('consultant', 'C-02');
    const liaison = await as('liaison', 'S-MERW');
    expect(await fail(consultant, 'rooms.list', {})).toMatchObject({ code: 'forbidden' });
    expect(await fail(consultant, 'classes.list', {})).toMatchObject({ code: 'forbidden' });
    expect(
      await fail(liaison, 'rooms.save', { locationId: 'x', name: 'x', capacity: 1, laptopsTouch: 0, laptopsMouse: 0, kinds: ['toets'], opening: [], exceptions: [] }),
    ).toMatchObject({
      code: 'forbidden',
    });
    expect(await fail(liaison, 'classes.remove', { id: 'K-MERW-Z-1' })).toMatchObject({ code: 'forbidden' });
    expect(await fail(liaison, 'settings.get', {})).toMatchObject({ code: 'forbidden' });
  });

  it("keeps a liaison to their own school's classes, without naming another school", async () => {
    const coordinator = await as('coordinator');
    const liaison = await as('liaison', 'S-MERW');
    const all = await call(coordinator, 'classes.list', {});
    const own = await call(liaison, 'classes.list', { schoolId: 'S-LING' });
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((c) => c.schoolId === 'S-MERW')).toBe(true);
    expect(own.schools).toEqual([{ id: 'S-MERW', name: 'Taalcentrum Merwede' }]);
    const theirs = all.items.find((c) => c.schoolId === 'S-LING')!;
    const mine = own.items[0];

    // Another school's class, even when claimed for one's own school: not found at your school.
    const stolen = await fail(liaison, 'classes.save', { ...classForm(theirs), schoolId: 'S-MERW' });
    expect(stolen).toMatchObject({ code: 'not_found', field: 'id', message: 'Deze klas bestaat niet bij uw taalschool.' });
    const moved = await fail(liaison, 'classes.save', { ...classForm(mine), schoolId: 'S-LING' });
    expect(moved).toMatchObject({ code: 'forbidden', field: 'schoolId', message: 'U kunt alleen klassen van uw eigen taalschool opslaan.' });
    for (const e of [stolen, moved]) expect(e.message).not.toMatch(/Lingestad|Taalhuis/);

    // A new class and a change of their own, audited in the liaison's name.
    const created = await call(liaison, 'classes.save', { ...classForm(mine), id: undefined, name: 'Avondklas B1', lessons: [{ weekday: 3, start: '19:00', end: '21:00' }] });
    expect(created).toMatchObject({ applied: true, message: 'Avondklas B1 is aangemaakt.' });
    expect(listAudit(db, { entity: 'class', entityId: created.id! })[0]).toMatchObject({ action: 'create', actor: 'liaison:S-MERW' });
  });

  it('gives a liaison the count of new conflicts, not the sentences about other people', async () => {
    const liaison = await as('liaison', 'S-MERW');
    const own = await call(liaison, 'classes.list', {});
    const booked = own.items.find((c) => c.trialBookings.future > 0)!;
    const r = await call(liaison, 'classes.save', { ...classForm(booked), trialSeats: 0 });
    expect(r.applied).toBe(false);
    expect(r.conflicts.count).toBeGreaterThan(0);
    expect(r.conflicts.items).toEqual([]);
    expect(r.message).toMatch(/nieuwe? conflict(en)? in week/);
  });
});

describe('validation next to the field, in Dutch', () => {
  it('refuses a bad room form on the field, with the same schema the screen uses', async () => {
    const coordinator = await as('coordinator');
    const room = roomForm((await call(coordinator, 'rooms.list', {})).items[0]);
    expect(await fail(coordinator, 'rooms.save', { ...room, capacity: -1 })).toMatchObject({
      code: 'invalid_input',
      field: 'capacity',
      message: expect.stringContaining('Capaciteit (personen) moet minstens 0 zijn.'),
    });
    const closed = { date: '2026-12-01', kind: 'add', start: '09:00', end: null };
    expect(await fail(coordinator, 'rooms.save', { ...room, exceptions: [closed] })).toMatchObject({
      field: 'exceptions.0.end',
      message: expect.stringContaining('Extra open: vul een begin- en eindtijd in.'),
    });
    expect(await fail(coordinator, 'rooms.save', { ...room, kinds: [] })).toMatchObject({ field: 'kinds' });
    expect(await fail(coordinator, 'settings.save', { ...(await settingsForm()), dayEnd: '08:00' })).toMatchObject({
      field: 'dayEnd',
      message: expect.stringContaining('Einde van de dag moet na het begin liggen.'),
    });
    // A name another room at that location has: refused by the service, on the field.
    const other = (await call(coordinator, 'rooms.list', {})).items.find((r) => r.locationId === room.locationId && r.id !== room.id)!;
    expect(await fail(coordinator, 'rooms.save', { ...room, name: other.name })).toMatchObject({ code: 'conflict', field: 'name' });
  });
});

async function settingsForm() {
  const coordinator = await as('coordinator');
  const { preset: _p, weightValues: _v, stamp: _s, ...form } = await call(coordinator, 'settings.get', {});
  return form;
}

describe('changes that break planned weeks', () => {
  it('previews the conflicts of a room made too small, then applies on confirm, and the week shows them', async () => {
    const coordinator = await as('coordinator');
    const before = (await call(coordinator, 'rooms.list', {})).items.find((r) => r.id === 'R-GOR-TOETS')!;
    expect(before.sessions.future).toBeGreaterThan(0);
    const smaller = { ...roomForm(before), capacity: 3 };
    const auditRows = () => listAudit(db, { entity: 'room', entityId: 'R-GOR-TOETS' }).length;

    const preview = await call(coordinator, 'rooms.save', { ...smaller, preview: true });
    expect(preview.applied).toBe(false);
    expect(preview.id).toBeNull();
    expect(preview.conflicts.count).toBeGreaterThan(0);
    expect(preview.conflicts.weeks).toContain(DEMO_WEEK);
    expect(preview.conflicts.items.every((c) => c.rule === 2 && c.message.includes('Toetslokaal') && c.message.includes('biedt plaats aan 3'))).toBe(true);
    expect(preview.message).toBe(`Opslaan van Toetslokaal geeft ${preview.conflicts.count} nieuwe conflicten in week 48 en 49.`);
    // Nothing kept: the room, the audit log and the week are as they were.
    expect((await call(coordinator, 'rooms.list', {})).items.find((r) => r.id === 'R-GOR-TOETS')!.capacity).toBe(before.capacity);
    expect(auditRows()).toBe(0);
    const weekBefore = await call(coordinator, 'week.conflicts', { weekStart: DEMO_WEEK });
    expect(weekBefore.conflicts.filter((c) => c.message.includes('biedt plaats aan 3'))).toEqual([]);

    const unconfirmed = await call(coordinator, 'rooms.save', smaller);
    expect(unconfirmed).toMatchObject({ applied: false, conflicts: { count: preview.conflicts.count } });
    expect(unconfirmed.message).toContain('Er is nog niets gewijzigd; bevestig om het toch te doen.');

    events.length = 0;
    const done = await call(coordinator, 'rooms.save', { ...smaller, confirm: true, reason: 'Verbouwing: minder stoelen' });
    expect(done).toMatchObject({ applied: true, id: 'R-GOR-TOETS' });
    expect(done.message).toMatch(/^Toetslokaal is opgeslagen\. Dit geeft \d+ nieuwe conflicten in week 48 en 49; ze staan in de conflictenlijst van die weken\.$/);
    expect(events).toEqual(
      expect.arrayContaining([
        { type: 'data.changed', area: 'rooms' },
        { type: 'week.changed', weekStart: DEMO_WEEK },
        { type: 'week.changed', weekStart: NEXT_WEEK },
      ]),
    );
    expect(listAudit(db, { entity: 'room', entityId: 'R-GOR-TOETS' })).toEqual([
      expect.objectContaining({ action: 'update', actor: 'coordinator', purpose: 'Verbouwing: minder stoelen', details: { fields: ['capacity'] } }),
    ]);
    const week = await call(coordinator, 'week.conflicts', { weekStart: DEMO_WEEK });
    const tooSmall = week.conflicts.filter((c) => c.rule === 2 && c.message.includes('biedt plaats aan 3'));
    expect(tooSmall.map((c) => c.message).sort()).toEqual(
      preview.conflicts.items
        .filter((c) => c.weekStart === DEMO_WEEK)
        .map((c) => c.message)
        .sort(),
    );
  });

  it('shows what removing a consultant’s or an interpreter’s availability would break', async () => {
    const coordinator = await as('coordinator');
    const c = (await call(coordinator, 'consultants.list', {})).items.find((x) => x.sessions.future > 0)!;
    const r1 = await call(coordinator, 'consultants.save', { ...consultantForm(c), availability: [], preview: true });
    expect(r1.conflicts.count).toBeGreaterThan(0);
    expect(r1.conflicts.items.every((x) => x.rule === 3 && x.message.includes(c.name))).toBe(true);

    const t = (await call(coordinator, 'interpreters.list', {})).items.find((x) => x.sessions.future > 0)!;
    const holiday = [DEMO_WEEK, '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'].map((date) => ({ date, kind: 'remove' as const, note: 'vakantie' }));
    const r2 = await call(coordinator, 'interpreters.save', { ...interpreterForm(t), exceptions: holiday });
    expect(r2.applied).toBe(false);
    expect(r2.conflicts.weeks).toEqual([DEMO_WEEK]);
    expect(r2.conflicts.items.every((x) => x.rule === 4 && x.message.includes(t.name))).toBe(true);
    // A change that breaks nothing is saved at once.
    const r3 = await call(coordinator, 'interpreters.save', { ...interpreterForm(t), exceptions: [{ date: '2027-03-01', kind: 'remove' }] });
    expect(r3).toMatchObject({ applied: true, message: `${t.name} is opgeslagen.`, conflicts: { count: 0, items: [] } });
  });

  it('says what still uses a class before taking it out of use, and leaves its bookings as conflicts', async () => {
    const coordinator = await as('coordinator');
    const k = (await call(coordinator, 'classes.list', {})).items.find((x) => x.trialBookings.future > 0 && x.trialBookings.firstWeek === DEMO_WEEK)!;
    const asked = await call(coordinator, 'classes.remove', { id: k.id });
    expect(asked.applied).toBe(false);
    expect(asked.message).toContain(`${k.name} wordt nog gebruikt door ${k.trialBookings.future} proefles`);
    expect(asked.message).toContain('vanaf week 48');
    expect(asked.conflicts.count).toBeGreaterThan(0);
    // The sentences name the people booked: the coordinator's reading of them is logged.
    expect(listAudit(db, { entity: 'participant' }).filter((a) => a.action === 'view' && a.purpose === 'beheer: gevolgen van een wijziging').length).toBeGreaterThan(0);
    const done = await call(coordinator, 'classes.remove', { id: k.id, confirm: true });
    expect(done.applied).toBe(true);
    expect(done.message).toContain(`${k.name} is buiten gebruik gesteld.`);
    expect((await call(coordinator, 'classes.list', {})).items.find((x) => x.id === k.id)!.active).toBe(false);
    const week = await call(coordinator, 'week.conflicts', { weekStart: DEMO_WEEK });
    expect(week.conflicts.filter((c) => c.rule === 0 && c.entities.includes(k.id)).length).toBeGreaterThan(0);
    for (const m of [asked.message, done.message]) expect(m).not.toMatch(NO_IDS);
  });

  it('shows that emptying a travel time makes a booked place unreachable from home', async () => {
    const coordinator = await as('coordinator');
    const week = await call(coordinator, 'week.get', { weekStart: DEMO_WEEK });
    const session = week.sessions.find((x) => x.participants.length > 0)!;
    const home = getParticipant(db, session.participants[0].id)!.homeLocationId;
    const { pairs } = await call(coordinator, 'travelTimes.list', {});
    expect(pairs.some((p) => [p.from, p.to].sort().join() === [home, session.room.locationId].sort().join())).toBe(true);
    const r = await call(coordinator, 'travelTimes.set', { from: home, to: session.room.locationId, minutes: null, preview: true });
    expect(r.applied).toBe(false);
    expect(r.conflicts.items.some((c) => c.rule === 1 && c.message.includes(session.participants[0].name))).toBe(true);
    expect(r.message).toMatch(/^De reistijd tussen .+ en .+ leegmaken geeft \d+ nieuwe? conflict/);
    expect(r.message).not.toMatch(NO_IDS);
  });

  it('asks who takes over a consultant’s clients before they leave', async () => {
    const coordinator = await as('coordinator');
    const list = (await call(coordinator, 'consultants.list', {})).items;
    const leaving = list.find((c) => c.clients > 0 && c.sessions.future === 0) ?? list.find((c) => c.clients > 0)!;
    const e = await fail(coordinator, 'consultants.remove', { id: leaving.id, confirm: true });
    expect(e).toMatchObject({
      code: 'conflict',
      field: 'transferClientsTo',
      message: `${leaving.name} heeft nog ${leaving.clients} cliënten. Kies eerst een consulent die ze overneemt.`,
    });
    const colleague = list.find((c) => c.id !== leaving.id && c.active)!;
    const done = await call(coordinator, 'consultants.remove', { id: leaving.id, transferClientsTo: colleague.id, confirm: true });
    expect(done.applied).toBe(true);
    expect(done.message).toContain(`${leaving.name} is uit dienst gemeld`);
    expect(done.message).toContain(`${leaving.clients} cliënten zijn overgedragen.`);
    const after = (await call(coordinator, 'consultants.list', {})).items;
    expect(after.find((c) => c.id === colleague.id)!.clients).toBe(colleague.clients + leaving.clients);
    expect((await call(coordinator, 'profile.options', {})).consultants.some((c) => c.id === leaving.id)).toBe(false);
  });

  it('erases a room no plan ever used, without asking', async () => {
    const coordinator = await as('coordinator');
    const { locations } = await call(coordinator, 'rooms.list', {});
    const made = await call(coordinator, 'rooms.save', {
      locationId: locations[0].id,
      name: 'Spreekkamer 3',
      capacity: 4,
      laptopsTouch: 0,
      laptopsMouse: 0,
      kinds: ['groupInfo'],
      opening: [],
      exceptions: [],
    });
    expect(made).toMatchObject({ applied: true, message: 'Spreekkamer 3 is aangemaakt.' });
    const gone = await call(coordinator, 'rooms.remove', { id: made.id! });
    expect(gone).toMatchObject({ applied: true, message: 'Spreekkamer 3 is verwijderd.' });
    expect((await call(coordinator, 'rooms.list', {})).items.some((r) => r.id === made.id)).toBe(false);
  });

  it('refuses to erase a gemeente with locations, naming them by count', async () => {
    const coordinator = await as('coordinator');
    const g = (await call(coordinator, 'gemeenten.list', {})).items[0];
    const e = await fail(coordinator, 'gemeenten.remove', { id: g.id });
    expect(e).toMatchObject({
      code: 'conflict',
      message: `${g.name} kan niet worden verwijderd: er horen nog ${g.locations} locaties en ${g.participants} deelnemers bij. Verplaats die eerst naar een andere gemeente.`,
    });
  });
});

describe('region settings', () => {
  it('shows the weights as levels with a preset, and saves a preset’s levels as their numbers', async () => {
    const coordinator = await as('coordinator');
    const s = await call(coordinator, 'settings.get', {});
    expect(s).toMatchObject({
      dayStart: '08:30',
      slotMinutes: 15,
      preset: 'balanced',
      weights: { unplanned: 'normal', householdImbalance: 'normal' },
      weightValues: { unplanned: 1000 },
    });
    const form = await settingsForm();
    const r = await call(coordinator, 'settings.save', {
      ...form,
      weights: { unplanned: 'normal', interpreterMinute: 'normal', consultantMinute: 'normal', childcareSlot: 'low', travelMinute: 'normal', householdImbalance: 'high' },
    });
    expect(r).toMatchObject({ applied: true, message: 'De instellingen zijn opgeslagen.' });
    expect(await call(coordinator, 'settings.get', {})).toMatchObject({ preset: 'families', weightValues: { childcareSlot: 10, householdImbalance: 1800 } });
  });

  it('previews what a shorter day would break', async () => {
    const coordinator = await as('coordinator');
    const r = await call(coordinator, 'settings.save', { ...(await settingsForm()), dayEnd: '12:00', preview: true });
    expect(r.applied).toBe(false);
    expect(r.conflicts.items.some((c) => c.rule === 10)).toBe(true);
    expect((await call(coordinator, 'settings.get', {})).dayEnd).toBe('17:00');
  });
});

describe('after a resource is taken out of use', () => {
  it('names it in the week’s conflict list as no longer in use, never by its id', async () => {
    const coordinator = await as('coordinator');
    const removed = await call(coordinator, 'rooms.remove', { id: 'R-GOR-TOETS', confirm: true, reason: 'Lokaal gesloten' });
    expect(removed.applied).toBe(true);
    const week = await call(coordinator, 'week.conflicts', { weekStart: DEMO_WEEK });
    const aboutRoom = week.conflicts.filter((c) => c.message.includes('Toetslokaal'));
    expect(aboutRoom.length).toBeGreaterThan(0);
    expect(aboutRoom.every((c) => c.message.includes('die niet meer in gebruik is'))).toBe(true);
    expect(
      week.conflicts
        .filter((c) => c.severity === 'conflict')
        .map((c) => c.message)
        .filter((m) => NO_IDS.test(m)),
    ).toEqual([]);
  });
});
