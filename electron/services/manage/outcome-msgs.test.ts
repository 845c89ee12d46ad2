// Beheer's answers as messages (issue 13): what a save or removal did, and what it would do to
// the planned weeks, travel as a code with parameters; the Dutch `message` is its rendering, and
// the English interface writes the same message in English, naming rows by name, never by id.
import { describe, expect, it } from 'vitest';
import { renderMsg, type Msg } from '../../../shared/messages';
import { DEMO_WEEK } from '../../../test/support/demo-services';
import { as, call, useDemoProfiles } from '../../../test/support/demo-profiles';
import { intakeForm, roomForm } from '../../../test/support/manage-forms';

useDemoProfiles();

const NO_IDS = /\b(R|C|T|K|S|L|G|SK|KO|BSO)-[A-Z0-9]/;
const en = (m: Msg) => renderMsg(m, 'en');

describe('the answer of a Beheer change as a message', () => {
  it('previews, holds back and applies a room made too small, in Dutch and in English', async () => {
    const coordinator = await as('coordinator');
    const before = (await call(coordinator, 'rooms.list', {})).items.find((r) => r.id === 'R-GOR-TOETS')!;
    const smaller = { ...roomForm(before), capacity: 3 };

    const preview = await call(coordinator, 'rooms.save', { ...smaller, preview: true });
    const n = preview.conflicts.count;
    expect(preview.msg.code).toBe('manage.outcome.conflicts');
    expect(preview.message).toBe(renderMsg(preview.msg, 'nl'));
    expect(en(preview.msg)).toBe(`Saving Toetslokaal gives ${n} new conflicts in weeks 48 and 49.`);

    const held = await call(coordinator, 'rooms.save', smaller);
    expect(held.msg.code).toBe('manage.outcome.notYet');
    expect(en(held.msg)).toBe(`Saving Toetslokaal gives ${n} new conflicts in weeks 48 and 49. Nothing has been changed yet; confirm to do it anyway.`);

    const done = await call(coordinator, 'rooms.save', { ...smaller, confirm: true });
    expect(done.msg.code).toBe('manage.outcome.appliedWithConflicts');
    expect(done.message).toBe(`Toetslokaal is opgeslagen. Dit geeft ${n} nieuwe conflicten in week 48 en 49; ze staan in de conflictenlijst van die weken.`);
    expect(en(done.msg)).toBe(`Toetslokaal has been saved. This gives ${n} new conflicts in weeks 48 and 49; they are in the conflict list of those weeks.`);
  });

  it('says a save, a creation and nothing changed, and a removal, in both languages', async () => {
    const coordinator = await as('coordinator');
    const { locations } = await call(coordinator, 'rooms.list', {});
    const form = { locationId: locations[0].id, name: 'Spreekkamer 3', capacity: 4, laptopsTouch: 0, laptopsMouse: 0, kinds: ['groupInfo' as const], opening: [], exceptions: [] };
    const made = await call(coordinator, 'rooms.save', form);
    expect(made).toMatchObject({ applied: true, message: 'Spreekkamer 3 is aangemaakt.', msg: { code: 'manage.saved.created' } });
    expect(en(made.msg)).toBe('Spreekkamer 3 has been created.');
    const same = await call(coordinator, 'rooms.save', { ...form, id: made.id! });
    expect(en(same.msg)).toBe('Spreekkamer 3: nothing was changed.');
    const preview = await call(coordinator, 'rooms.remove', { id: made.id!, preview: true });
    expect(preview.message).toBe('Verwijderen van Spreekkamer 3 geeft geen nieuwe conflicten in de geplande weken.');
    expect(en(preview.msg)).toBe('Removing Spreekkamer 3 gives no new conflicts in the planned weeks.');
    const gone = await call(coordinator, 'rooms.remove', { id: made.id! });
    expect(en(gone.msg)).toBe('Spreekkamer 3 has been removed.');
    const settings = await call(coordinator, 'settings.get', {});
    const { weightValues: _w, preset: _p, stamp: _s, ...settingsForm } = settings;
    const unchanged = await call(coordinator, 'settings.save', { ...settingsForm, confirm: true });
    expect(unchanged).toMatchObject({ applied: true, message: 'Er is niets gewijzigd aan de instellingen.' });
    expect(en(unchanged.msg)).toBe('Nothing was changed in the settings.');
  });

  it('warns in English what still uses a class, and says what its removal did', async () => {
    const coordinator = await as('coordinator');
    const k = (await call(coordinator, 'classes.list', {})).items.find((x) => x.trialBookings.future > 0 && x.trialBookings.firstWeek === DEMO_WEEK)!;
    const asked = await call(coordinator, 'classes.remove', { id: k.id });
    expect(asked.msg.code).toBe('manage.outcome.notYet');
    const n = k.trialBookings.future;
    expect(en(asked.msg)).toContain(`${k.name} is still used by ${n} trial ${n === 1 ? 'lesson' : 'lessons'} from week 48; if you go on, the class goes out of use`);
    expect(asked.message).toContain(`${k.name} wordt nog gebruikt door ${n} ${n === 1 ? 'proefles' : 'proeflessen'} vanaf week 48; als u doorgaat,`);
    const done = await call(coordinator, 'classes.remove', { id: k.id, confirm: true });
    expect(en(done.msg)).toContain(`${k.name} has been taken out of use`);
    expect(en(done.msg)).toMatch(/still in the planning and (is|are) now a conflict in the week plan\./);
    for (const m of [asked.msg, done.msg]) expect(en(m)).not.toMatch(NO_IDS);
  });

  it('names an intake moment by its day and time, and a travel time by its places, in English', async () => {
    const coordinator = await as('coordinator');
    const intake = (await call(coordinator, 'startklasIntakes.list', {})).items[0]!;
    const saved = await call(coordinator, 'startklasIntakes.save', { ...intakeForm(intake), preview: true });
    const day = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][intake.weekday - 1];
    expect(en(saved.msg)).toBe(`Saving the intake moment on ${day} ${intake.start} gives no new conflicts in the planned weeks.`);
    expect(saved.message).toMatch(new RegExp(`^Opslaan van het intakemoment op \\w+dag ${intake.start} geeft geen nieuwe conflicten`));

    const { locations, pairs } = await call(coordinator, 'travelTimes.list', {});
    const pair = pairs[0]!;
    const name = (id: string) => locations.find((l) => l.id === id)!.name;
    const set = await call(coordinator, 'travelTimes.set', { from: pair.from, to: pair.to, minutes: pair.minutes, confirm: true });
    expect(set.applied).toBe(true);
    expect(en(set.msg)).toBe(`The travel time between ${name(pair.from)} and ${name(pair.to)} is ${pair.minutes} minutes.`);
    expect(set.message).toBe(`De reistijd tussen ${name(pair.from)} en ${name(pair.to)} is ${pair.minutes} minuten.`);
  });
});
