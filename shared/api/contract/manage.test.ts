// The management forms' schemas: the renderer validates with these before sending, the
// dispatch with the same ones; every message is a message (Dutch and English) and sits on the
// field it is about.
import { describe, expect, it } from 'vitest';
import { decodeFieldMsg, fieldMsgText, renderMsg, type MsgLang } from '../../messages';
import { createDispatch, type Handlers } from '../dispatch';
import { ChildcareProviderFormSchema, ClassFormSchema, RoomFormSchema, SettingsFormSchema, TravelTimeSetSchema, WeeklyPatternSchema } from './index';

/** Field path -> message of every issue, written in a language (Dutch unless asked). */
function issues(r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, lang: MsgLang = 'nl'): Record<string, string> {
  return Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), fieldMsgText(i.message, lang)]));
}

const room = { locationId: 'L1', name: 'Zaal 1', capacity: 10, laptopsTouch: 0, laptopsMouse: 0, kinds: ['groupInfo'], opening: [], exceptions: [] };

describe('management form schemas', () => {
  it('word a refusal as a message, in Dutch and in English, with the field named', () => {
    const r = RoomFormSchema.safeParse({ ...room, name: '  ', capacity: 501 });
    expect(issues(r, 'nl')).toEqual({ name: 'Naam is verplicht.', capacity: 'Capaciteit (personen) mag hoogstens 500 zijn.' });
    expect(issues(r, 'en')).toEqual({ name: 'Name is required.', capacity: 'Capacity (people) may be at most 500.' });
    const end = issues(WeeklyPatternSchema.safeParse({ weekday: 2, start: '12:00', end: '09:00' }), 'en');
    expect(end).toEqual({ end: 'End time must be after the start time.' });
    // Every issue of these forms carries a message, none a bare sentence.
    for (const i of r.error!.issues) expect(decodeFieldMsg(i.message), i.path.join('.')).not.toBeNull();
  });

  it('reach a caller of the API as the Dutch sentence with its message beside it', async () => {
    const dispatch = createDispatch({} as Handlers<null>);
    const r = await dispatch('rooms.save', { ...room, name: '' }, null);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.error.issues!.find((i) => i.field === 'name')!;
    expect(issue.message).toBe('Naam is verplicht.');
    expect(renderMsg(issue.msg!, 'en')).toBe('Name is required.');
    expect(r.error.message).toBe("Ongeldige invoer bij 'name': Naam is verplicht.");
    expect(JSON.stringify(r.error)).not.toContain('\u001f');
  });

  it('name the field in Dutch', () => {
    expect(issues(RoomFormSchema.safeParse({ ...room, name: '  ', capacity: 2.5 }))).toEqual({
      name: 'Naam is verplicht.',
      capacity: 'Capaciteit (personen) moet een heel getal zijn.',
    });
    expect(issues(RoomFormSchema.safeParse({ ...room, locationId: undefined }))).toEqual({ locationId: 'Kies een locatie.' });
    expect(issues(WeeklyPatternSchema.safeParse({ weekday: 8, start: '9:00', end: '08:00' }))).toEqual({
      weekday: 'Dag: kies maandag tot en met zondag.',
      start: 'Begintijd: schrijf de tijd als UU:MM, bijvoorbeeld 09:00.',
      end: 'Eindtijd moet na de begintijd liggen.',
    });
    expect(issues(WeeklyPatternSchema.safeParse({ weekday: 1, start: '10:00', end: '09:00' }))).toEqual({ end: 'Eindtijd moet na de begintijd liggen.' });
  });

  it('check fields against each other, on the field to change', () => {
    const klass = {
      schoolId: 'S1',
      locationId: 'L1',
      name: 'B1',
      route: 'B1',
      capacity: 10,
      placesTaken: 11,
      trialSeats: 2,
      lessons: [{ weekday: 2, start: '09:00', end: '12:00' }],
      firstDate: '2026-12-01',
      lastDate: '2026-11-01',
    };
    expect(issues(ClassFormSchema.safeParse(klass))).toEqual({
      placesTaken: 'Bezette plaatsen mag niet meer zijn dan de capaciteit.',
      lastDate: 'Laatste lesdag mag niet vóór de begindatum liggen.',
    });
    const provider = {
      name: 'KDV',
      locationId: 'L1',
      kind: 'vve',
      ageMonthsMin: 30,
      ageMonthsMax: 24,
      dayparts: [
        { weekday: 1, start: '08:30', end: '12:00', seats: 2 },
        { weekday: 1, start: '08:30', end: '10:00', seats: 1 },
      ],
    };
    expect(issues(ChildcareProviderFormSchema.safeParse(provider))).toEqual({
      ageMonthsMax: 'Leeftijd tot en met mag niet lager zijn dan leeftijd vanaf.',
      'dayparts.1.start': 'Dagdelen: op deze dag begint al een dagdeel op die tijd.',
    });
    expect(issues(TravelTimeSetSchema.safeParse({ from: 'L1', to: 'L1', minutes: 5 }))).toEqual({ to: 'Van en naar zijn dezelfde locatie: die reistijd is altijd 0.' });
    expect(TravelTimeSetSchema.safeParse({ from: 'L1', to: 'L2', minutes: null }).success).toBe(true);
  });

  it('keep the planning day long enough for a session', () => {
    const weights = { unplanned: 'normal', interpreterMinute: 'normal', consultantMinute: 'normal', childcareSlot: 'normal', travelMinute: 'normal', householdImbalance: 'custom' };
    const s = {
      name: 'Regio',
      dayStart: '09:00',
      dayEnd: '10:00',
      slotMinutes: 7,
      workingDays: 5,
      groupInfo: { minutes: 120, minSize: 5, maxSize: 4 },
      toets: { minutes: 60, maxSize: null },
      weights,
    };
    // Every message at once, so the form shows them all.
    expect(issues(SettingsFormSchema.safeParse(s))).toEqual({
      slotMinutes: 'Tijdraster: kies 5, 10, 15, 20, 30 of 60 minuten.',
      'groupInfo.maxSize': 'Grootste groep mag niet kleiner zijn dan de kleinste groep.',
      'groupInfo.minutes': 'Duur groepsvoorlichting past niet in de dag (09:00-10:00).',
    });
    expect(issues(SettingsFormSchema.safeParse({ ...s, dayEnd: '17:00', slotMinutes: 15, groupInfo: { minutes: 120, minSize: 3, maxSize: 12 } }))).toEqual({});
  });
});
