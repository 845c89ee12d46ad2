// The people calls through dispatch on the demo region, as coordinator and consultants.
import { describe, expect, it } from 'vitest';
import type { CallInput } from '../../../shared/api/contract';
import { listAudit } from '../../../db/repositories/audit';
import { getParticipant } from '../../../db/repositories/participants';
import { cellsContaining, pastSeatCounts, personWithFutureSeat, personWithPastAndFutureSeat } from '../../../db/repositories/test-helpers-people';
import { DEMO_TODAY } from '../../../test/support/demo-services';
import { as, call, db, fail, useDemoProfiles } from '../../../test/support/demo-profiles';
import { NOT_YOUR_CLIENT } from './client-access';
import { renderMsg } from '../../../shared/messages';

useDemoProfiles();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const statushouder = (over: Partial<CallInput<'participants.save'>> = {}): CallInput<'participants.save'> => ({
  givenName: 'Zerihun',
  familyName: 'Tesfamariam',
  gemeenteId: 'G-GOR',
  migrantKind: 'statushouder',
  koppelingDate: '2026-11-02',
  housingDate: '2026-11-16',
  language: 'ti',
  otherLanguages: ['ar', 'en'],
  digitalSkill: 'basic',
  busy: [{ weekday: 2, start: '08:00', end: '12:00' }],
  consultantId: 'C-01',
  ...over,
});

describe('participants and households', () => {
  it('creates a statushouder with the standard steps and a household of two parents and a 2-year-old', async () => {
    const coord = await as('coordinator');
    const made = await call(coord, 'participants.save', statushouder());
    expect(made.applied).toBe(true);
    expect(made.id).toMatch(UUID);
    expect(made.message).toBe('Zerihun is ingeschreven met 5 stappen.');
    const partner = await call(coord, 'participants.save', statushouder({ givenName: 'Mebrahtu', language: 'ti', otherLanguages: [] }));
    const saved = await call(coord, 'households.save', {
      participantId: made.id!,
      partnerIds: [partner.id!],
      children: [{ givenName: 'Selam', birthDate: '2024-09-01', covered: [{ weekday: 1, start: '08:30', end: '12:00' }] }],
    });
    expect(saved).toMatchObject({ applied: true, message: 'Huishouden opgeslagen: 1 partner in het programma, 1 kind.' });

    const page = await call(coord, 'participants.get', { id: made.id! });
    expect(page.person).toMatchObject({ name: 'Zerihun Tesfamariam', migrantKind: 'statushouder', consultant: { id: 'C-01', name: 'Marieke van der Linden' } });
    expect(page.person.busy).toEqual([{ weekday: 2, start: '08:00', end: '12:00' }]);
    expect(page.household!.partners.map((p) => p.name)).toEqual(['Mebrahtu Tesfamariam']);
    expect(page.household!.children).toEqual([
      expect.objectContaining({ givenName: 'Selam', birthDate: '2024-09-01', ageMonths: 26, covered: [{ weekday: 1, start: '08:30', end: '12:00' }] }),
    ]);
    // Steps: the terms run from the koppeling (2026-11-02) and housing (2026-11-16); nothing before today.
    expect(page.steps.map((s) => [s.label, s.earliestDate, s.dueDate, s.status])).toEqual([
      ['Groepsvoorlichting', DEMO_TODAY, '2026-12-07', 'open'],
      ['Leerbaarheidstoets', DEMO_TODAY, '2026-12-21', 'open'],
      ['Proefles Taalhuis Lingestad', '2026-12-07', '2027-01-04', 'open'],
      ['Proefles Taalcentrum Merwede', '2026-12-07', '2027-01-04', 'open'],
      ['Startklas-intake', DEMO_TODAY, '2026-12-14', 'open'],
    ]);
    expect(page.terms.pip.deadline).toBe('2027-01-11');
    expect(page.history.map((h) => h.what)).toEqual(expect.arrayContaining(['Deelnemer ingeschreven', 'Huishouden aangemaakt', 'Kind toegevoegd', 'Stap toegevoegd: proefles']));
    expect(page.history.every((h) => !h.what.includes(made.id!) && h.who === 'Coördinator')).toBe(true);
  });

  it('links two participants into one household, edits and removes a child', async () => {
    const coord = await as('coordinator');
    const a = (await call(coord, 'participants.save', statushouder())).id!;
    const b = (await call(coord, 'participants.save', statushouder({ givenName: 'Mebrahtu' }))).id!;
    const linked = await call(coord, 'households.link', { participantId: a, partnerId: b });
    expect(linked.message).toBe('Zerihun Tesfamariam en Mebrahtu Tesfamariam vormen nu één huishouden.');
    expect((await call(coord, 'households.link', { participantId: b, partnerId: a })).applied).toBe(false);
    await call(coord, 'households.save', { participantId: a, partnerIds: [b], children: [{ givenName: 'Selam', birthDate: '2024-09-01' }] });
    const child = (await call(coord, 'participants.get', { id: b })).household!.children[0];
    await call(coord, 'households.save', { participantId: b, partnerIds: [a], adultsOutside: 1, children: [{ id: child.id, givenName: 'Selam', birthDate: '2024-08-01' }] });
    const page = await call(coord, 'participants.get', { id: a });
    expect(page.household).toMatchObject({ adultsOutside: 1, partners: [{ id: b }], children: [{ givenName: 'Selam', birthDate: '2024-08-01', ageMonths: 27 }] });
    expect(page.history.map((h) => h.what)).toContain('Gegevens van een kind gewijzigd: geboortedatum');
    await call(coord, 'households.save', { participantId: a, partnerIds: [], children: [] });
    const alone = await call(coord, 'participants.get', { id: a });
    expect(alone.household).toMatchObject({ partners: [], children: [] });
    expect((await call(coord, 'participants.get', { id: b })).household).toBeNull();
    // A consultant cannot pull another consultant's client into a household.
    const c2 = await as('consultant', 'C-02');
    const own = (await call(c2, 'participants.save', statushouder({ consultantId: null }))).id!;
    expect(await fail(c2, 'households.link', { participantId: own, partnerId: a })).toMatchObject({ code: 'forbidden', message: NOT_YOUR_CLIENT });
  });

  it('asks a gezinsmigrant for the date of arrival instead of the koppeling', async () => {
    const coord = await as('coordinator');
    const err = await fail(coord, 'participants.save', statushouder({ migrantKind: 'gezinsmigrant' }));
    expect(err.code).toBe('invalid_input');
    expect(err.issues!.map((i) => [i.field, i.message])).toEqual([
      ['registrationDate', 'Datum aankomst (inschrijving gemeente) is verplicht voor een gezinsmigrant.'],
      ['koppelingDate', 'Datum koppeling: een gezinsmigrant heeft geen koppeling; laat dit veld leeg.'],
    ]);
    const ok = await call(coord, 'participants.save', statushouder({ migrantKind: 'gezinsmigrant', koppelingDate: null, registrationDate: '2026-11-20' }));
    const page = await call(coord, 'participants.get', { id: ok.id! });
    expect(page.terms.pip.deadline).toBe('2027-01-29');
    expect(page.steps.map((s) => s.kind)).toEqual(['toets', 'trialLesson', 'trialLesson']);
  });

  it('lets a consultant work only on their own clients, and names nobody when refusing', async () => {
    const coord = await as('coordinator');
    const made = await call(coord, 'participants.save', statushouder());
    const c2 = await as('consultant', 'C-02');
    for (const [name, input] of [
      ['participants.get', { id: made.id }],
      ['participants.save', { ...statushouder(), id: made.id, consultantId: null }],
      ['steps.add', { participantId: made.id, kind: 'toets' }],
      ['participants.end', { id: made.id, date: DEMO_TODAY, reason: 'Verhuisd' }],
      ['participants.erasePreview', { id: made.id }],
      ['participants.erase', { id: made.id, confirm: true }],
    ] as const) {
      const err = await fail(c2, name, input);
      expect(err, name).toMatchObject({ code: 'forbidden', message: NOT_YOUR_CLIENT });
    }
    // An id that does not exist gets the same answer: a consultant learns nothing about ids.
    expect(await fail(c2, 'participants.get', { id: 'P-999999' })).toMatchObject({ message: NOT_YOUR_CLIENT });
    const foreign = await fail(c2, 'participants.save', statushouder({ consultantId: 'C-01' }));
    expect(foreign).toMatchObject({ code: 'invalid_input', field: 'consultantId', msg: { code: 'clientForm.consultantSelfOnly' } });
    expect(renderMsg(foreign.msg!, 'en')).toBe('Consultant: you can only register or edit clients for yourself.');
    expect(foreign.issues).toEqual([{ field: 'consultantId', message: 'Consulent: u kunt alleen cliënten voor uzelf inschrijven of bewerken.', msg: foreign.msg }]);
    const own = await call(c2, 'participants.save', statushouder({ consultantId: null }));
    expect((await call(c2, 'participants.get', { id: own.id! })).person.consultant).toEqual({ id: 'C-02', name: 'Fatima El Amrani' });
    const liaison = await as('liaison', 'S-MERW');
    expect(await fail(liaison, 'participants.get', { id: own.id! })).toMatchObject({ code: 'forbidden' });
  });

  it('gives the form its choices: a consultant sees only themselves as consultant', async () => {
    const coord = await call(await as('coordinator'), 'people.options', {});
    expect(coord.gemeenten.map((g) => g.id)).toContain('G-GOR');
    expect(coord.consultants.length).toBeGreaterThan(1);
    expect(coord.schools.length).toBeGreaterThan(0);
    const own = await call(await as('consultant', 'C-02'), 'people.options', {});
    expect(own.consultants).toEqual([{ id: 'C-02', name: 'Fatima El Amrani' }]);
    expect(own.gemeenten).toEqual(coord.gemeenten);
    expect(await fail(await as('liaison', 'S-MERW'), 'people.options', {})).toMatchObject({ code: 'forbidden' });
  });

  it('edits the digital skill; the history says what changed, who and when, and the read is audited', async () => {
    const coord = await as('coordinator');
    const made = await call(coord, 'participants.save', statushouder());
    const c1 = await as('consultant', 'C-01');
    const out = await call(c1, 'participants.save', { ...statushouder(), id: made.id!, digitalSkill: 'good', consultantId: null });
    expect(out.message).toBe('Opgeslagen: digitale vaardigheid.');
    const again = await call(c1, 'participants.save', { ...statushouder(), id: made.id!, digitalSkill: 'good', consultantId: null });
    expect(again.message).toBe('Er was niets gewijzigd.');
    const page = await call(c1, 'participants.get', { id: made.id! });
    expect(page.person.digitalSkill).toBe('good');
    expect(page.history[0]).toMatchObject({ what: 'Gegevens gewijzigd: digitale vaardigheid', who: 'Marieke van der Linden', why: 'deelnemer bewerken' });
    expect(page.history[0].at).toMatch(/^2026-11-25T\d\d:\d\d:\d\dZ$/);
    const views = listAudit(db, { entity: 'participant', entityId: made.id! }).filter((a) => a.action === 'view');
    expect(views.map((v) => [v.actor, v.purpose])).toEqual([['consultant:C-01', 'cliëntpagina bekijken']]);
  });

  it('manages steps: add, reorder, and a booked step is removed only with confirmation', async () => {
    const person = personWithFutureSeat(db, DEMO_TODAY);
    const c = await as('consultant', person.consultantId);
    const page = await call(c, 'participants.get', { id: person.id });
    const booked = page.steps.find((s) => s.booking && s.booking.start >= DEMO_TODAY)!;
    const asked = await call(c, 'steps.remove', { participantId: person.id, demandId: booked.demandId });
    expect(asked.applied).toBe(false);
    expect(asked.message).toContain('Bevestig om de afspraak te annuleren');
    expect(asked.bookings).toEqual([booked.booking]);
    const done = await call(c, 'steps.remove', { participantId: person.id, demandId: booked.demandId, confirm: true });
    expect(done.applied).toBe(true);
    expect(done.steps.some((s) => s.demandId === booked.demandId)).toBe(false);
    expect((await call(c, 'participants.get', { id: person.id })).bookings.coming).not.toContainEqual(booked.booking);

    const added = await call(c, 'steps.add', { participantId: person.id, kind: booked.kind === 'toets' ? 'toets' : 'groupInfo' });
    expect(added.message).toMatch(/^Stap toegevoegd: /);
    const active = added.steps.filter((s) => s.status !== 'done').map((s) => s.demandId);
    const reordered = await call(c, 'steps.reorder', { participantId: person.id, demandIds: [...active].reverse() });
    expect(reordered.steps.filter((s) => s.status !== 'done').map((s) => s.demandId)).toEqual([...active].reverse());
    const badOrder = await fail(c, 'steps.reorder', { participantId: person.id, demandIds: active.slice(1) });
    expect(badOrder).toMatchObject({ code: 'invalid_input', field: 'demandIds' });
    expect(renderMsg(badOrder.msg!, 'en')).toBe('Order: give every open or planned step exactly once.');
  });

  it('ends a trajectory: lists the bookings it cancels, then takes the person out of planning and keeps the history', async () => {
    const person = personWithFutureSeat(db, DEMO_TODAY);
    const c = await as('consultant', person.consultantId);
    const before = await call(c, 'participants.get', { id: person.id });
    const asked = await call(c, 'participants.end', { id: person.id, date: DEMO_TODAY, reason: 'Verhuisd naar een andere regio' });
    expect(asked.applied).toBe(false);
    expect(asked.bookings).toEqual(before.bookings.coming);
    expect(asked.message).toMatch(/^Vanaf wo 25 nov 2026 staan nog \d+ afspra(ak|ken): .*Bevestig/);
    const ended = await call(c, 'participants.end', { id: person.id, date: DEMO_TODAY, reason: 'Verhuisd naar een andere regio', confirm: true });
    expect(ended.applied).toBe(true);
    const after = await call(c, 'participants.get', { id: person.id });
    expect(after.person).toMatchObject({ endedOn: DEMO_TODAY, endReason: 'Verhuisd naar een andere regio' });
    expect(after.bookings.coming).toEqual([]);
    expect(after.bookings.past).toEqual(before.bookings.past);
    expect(after.steps.filter((s) => s.status === 'open')).toEqual([]);
    expect(after.history[0].what).toMatch(/^Stap verwijderd|^Boeking geannuleerd|^Traject beëindigd/);
    expect(after.history.some((h) => h.what === 'Traject beëindigd')).toBe(true);
    const caseload = await call(c, 'consultant.caseload', {});
    expect(caseload.items.some((i) => i.participant.id === person.id)).toBe(false);
    const again = await fail(c, 'participants.end', { id: person.id, date: DEMO_TODAY, reason: 'nogmaals' });
    expect(again).toMatchObject({ code: 'conflict', message: 'Het traject is al beëindigd op wo 25 nov 2026.' });
    expect(renderMsg(again.msg!, 'en')).toBe('The trajectory already ended on Wed 25 Nov 2026.');
  });

  it('erases a person: the name is nowhere in the database, past counts stay, one audit row records it', async () => {
    const coord = await as('coordinator');
    const id = personWithPastAndFutureSeat(db, DEMO_TODAY);
    // The demo draws names from small pools: the coordinator first corrects this person's name
    // to one nobody else has, so the test can look for it in every cell of the database.
    const form = (await call(coord, 'participants.get', { id })).person;
    const person = { id, givenName: 'Ezanaweyni', familyName: 'Gebrekidan-Tewelde' };
    await call(coord, 'participants.save', {
      id,
      givenName: person.givenName,
      familyName: person.familyName,
      gemeenteId: form.gemeente.id,
      homeLocationId: form.homeLocation.id,
      migrantKind: form.migrantKind,
      koppelingDate: form.koppelingDate,
      registrationDate: form.registrationDate,
      housingDate: form.housingDate,
      language: form.language as CallInput<'participants.save'>['language'],
      otherLanguages: form.otherLanguages as CallInput<'participants.save'>['otherLanguages'],
      digitalSkill: form.digitalSkill,
      routeIndication: form.routeIndication,
      busy: form.busy,
      consultantId: form.consultant?.id ?? null,
    });
    const page = await call(coord, 'participants.get', { id });
    expect(page.bookings.past.length).toBeGreaterThan(0);
    expect(page.bookings.coming.length).toBeGreaterThan(0);
    expect(cellsContaining(db, person.givenName)).toContain('participants.given_name');
    expect(cellsContaining(db, person.familyName)).toContain('participants.family_name');
    // The demo's client number tells same-named people apart; it goes with the rest.
    const clientNumber = getParticipant(db, id)!.clientNumber!;
    expect(cellsContaining(db, clientNumber)).toContain('participants.client_number');
    const seats = pastSeatCounts(db, DEMO_TODAY);
    const preview = await call(coord, 'participants.erasePreview', { id: person.id });
    expect(preview.futureBookings).toEqual(page.bookings.coming);
    expect(preview.pastBookings).toBe(page.bookings.past.length);
    expect(preview.removes.join(' ')).toContain('Naam, talen');
    expect(preview.keeps.join(' ')).toContain('"Verwijderde deelnemer"');
    // Without the confirmation nothing happens.
    expect(await fail(coord, 'participants.erase', { id: person.id })).toMatchObject({ code: 'invalid_input', field: 'confirm' });
    const erased = await call(coord, 'participants.erase', { id: person.id, confirm: true });
    expect(erased.applied).toBe(true);
    expect(erased.bookings).toEqual(page.bookings.coming);

    expect(cellsContaining(db, person.givenName)).toEqual([]);
    expect(cellsContaining(db, person.familyName)).toEqual([]);
    expect(cellsContaining(db, clientNumber)).toEqual([]);
    expect(pastSeatCounts(db, DEMO_TODAY)).toEqual(seats);
    const rows = listAudit(db, { entity: 'participant', entityId: person.id }).filter((a) => a.action === 'delete');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'coordinator', purpose: 'recht op verwijdering (AVG)', details: expect.objectContaining({ erasure: true }) });
    const after = await call(coord, 'participants.get', { id: person.id });
    expect(after.person).toMatchObject({ name: 'Verwijderde deelnemer', erased: true, busy: [], otherLanguages: [], koppelingDate: null });
    expect(after.household).toBeNull();
    expect(after.bookings.past).toHaveLength(page.bookings.past.length);
    expect(after.history[0].what).toBe('Gegevens verwijderd (AVG)');
    expect((await call(coord, 'participants.search', { query: person.givenName, limit: 500 })).items.map((i) => i.id)).not.toContain(person.id);
    expect(await fail(coord, 'participants.save', { ...statushouder(), id: person.id })).toMatchObject({ code: 'conflict' });
  });
});
