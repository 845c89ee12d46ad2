// Malformed input through every call of the contract, on the real services and the demo region,
// as the profile the call is for: each answer must be a typed refusal (or a success), never an
// internal error. Impossible dates and times, off-grid times, extremes, wrong types, extra and
// missing fields, nested garbage. Seeded, so a failure repeats; a few thousand calls.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract, type CallInput, type CallName, type CallOutput } from '../../shared/api/contract';
import { ACCESS, authorizeCall, type ApiCtx } from '../../shared/api/access';
import type { Dispatch } from '../../shared/api/dispatch';
import { sfc32 } from '../../shared/domain/rng';
import { addDays } from '../../shared/domain/week';
import { DEMO_TODAY, DEMO_WEEK, demoServices } from '../../test/support/demo-services';
import { malformedVariants } from '../../test/support/malformed-payloads';

const NEXT_WEEK = '2026-11-30';
/** A participants CSV with its headings and no rows. */
const HEADINGS_ONLY = Buffer.from('Clientnummer;Voornaam;Gemeente;Soort;Taal;Digitale vaardigheid\n').toString('base64');
/** No such participant: the people calls are refused after their input checks. */
const UNKNOWN_PERSON = 'P-ONBEKEND';
/** A worker that refuses at once: planner.start runs its checks and queueing, no planning. */
const noPlanner = { file: fileURLToPath(new URL('../../test/support/refusing-plan-worker.mjs', import.meta.url)) };

/** Ids from the demo region that the valid inputs point at, read through the API itself. */
interface Ids {
  session: string;
  groupInfo: string;
  sessionStart: string;
  sessionEnd: string;
  seated: { session: string; participant: string };
  /** An intake moment next week: moment.cancel previews it (a variant may cancel it; no other input needs it). */
  intakeMoment: { intakeId: string; date: string };
  /** A session no other valid input uses: session.cancel may remove it without taking theirs. */
  cancellable: string;
  room: string;
  consultant: string;
  interpreter: string;
  client: string;
  child: string;
  trialLesson: { classId: string; start: string };
  toetsSlot: { roomId: string; start: string };
  childcare: { provider: string; slotStart: string };
  trialBooking: string;
  schoolBooking: string;
  request: string;
  job: string;
  /** Per management entity: the first list row as its form (what the screen sends back to save). */
  forms: Record<'gemeente' | 'location' | 'room' | 'consultant' | 'interpreter' | 'school' | 'class' | 'intake' | 'provider' | 'settings', Record<string, unknown>>;
  travel: { from: string; to: string; minutes: number | null };
}

/** A valid input (or a few) per call: the type makes sure every call of the contract has one. */
const VALID: { [N in CallName]: (ids: Ids) => CallInput<N>[] } = {
  'app.info': () => [{}],
  'app.logError': () => [
    { message: 'TypeError: x is undefined', stack: 'TypeError: x is undefined\n    at y (index.js:1:1)', where: 'scherm' },
    { message: 'fout', where: 'venster' },
  ],
  'app.log': () => [{}],
  'region.overview': () => [{}],
  // The region exists, so these are refused; the malformed ones must still be refused as input
  // errors, not crash. removeDemo's only field is `confirm: true`: no variant of it is valid.
  'setup.createRegion': () => [{ name: 'Regio Rivierenland', gemeenten: ['Tiel', 'Culemborg'] }],
  'setup.loadDemo': () => [{}],
  'setup.removeDemo': () => [{ confirm: true }],
  // Excel in and out: an import of headings only changes nothing, so the demo stays as it is.
  'data.importPreview': () => [{ fileName: 'deelnemers.csv', base64: HEADINGS_ONLY }],
  'data.import': () => [{ fileName: 'deelnemers.csv', base64: HEADINGS_ONLY }],
  'data.exportRegion': () => [{}],
  'data.template': () => [{}],
  'data.exportWeek': () => [{ weekStart: DEMO_WEEK }],
  'data.backup': () => [{}],
  'data.backups': () => [{}],
  'data.restore': () => [{ source: 'backup', name: 'kopie.sqlite' }],
  // Beheer: saves and removes as previews, so the demo week stays as the other calls expect it.
  'gemeenten.list': () => [{}],
  'gemeenten.save': (ids) => [{ ...ids.forms.gemeente, preview: true } as CallInput<'gemeenten.save'>],
  'gemeenten.remove': (ids) => [{ id: String(ids.forms.gemeente.id), preview: true }],
  'locations.list': () => [{}],
  'locations.save': (ids) => [{ ...ids.forms.location, preview: true } as CallInput<'locations.save'>],
  'locations.remove': (ids) => [{ id: String(ids.forms.location.id), preview: true }],
  'travelTimes.list': () => [{}],
  'travelTimes.set': (ids) => [{ ...ids.travel, preview: true }],
  'rooms.list': () => [{}],
  'rooms.save': (ids) => [{ ...ids.forms.room, preview: true } as CallInput<'rooms.save'>],
  'rooms.remove': (ids) => [{ id: String(ids.forms.room.id), preview: true }],
  'consultants.list': () => [{}],
  'consultants.save': (ids) => [{ ...ids.forms.consultant, preview: true } as CallInput<'consultants.save'>],
  'consultants.remove': (ids) => [{ id: String(ids.forms.consultant.id), preview: true }],
  'interpreters.list': () => [{}],
  'interpreters.save': (ids) => [{ ...ids.forms.interpreter, preview: true } as CallInput<'interpreters.save'>],
  'interpreters.remove': (ids) => [{ id: String(ids.forms.interpreter.id), preview: true }],
  'schools.list': () => [{}],
  'schools.save': (ids) => [{ ...ids.forms.school, preview: true } as CallInput<'schools.save'>],
  'schools.remove': (ids) => [{ id: String(ids.forms.school.id), preview: true }],
  'classes.list': () => [{}],
  'classes.save': (ids) => [{ ...ids.forms.class, preview: true } as CallInput<'classes.save'>],
  'classes.remove': (ids) => [{ id: String(ids.forms.class.id), preview: true }],
  'startklasIntakes.list': () => [{}],
  'startklasIntakes.save': (ids) => [{ ...ids.forms.intake, preview: true } as CallInput<'startklasIntakes.save'>],
  'startklasIntakes.remove': (ids) => [{ id: String(ids.forms.intake.id), preview: true }],
  'childcareProviders.list': () => [{}],
  'childcareProviders.save': (ids) => [{ ...ids.forms.provider, preview: true } as CallInput<'childcareProviders.save'>],
  'childcareProviders.remove': (ids) => [{ id: String(ids.forms.provider.id), preview: true }],
  'settings.get': () => [{}],
  'settings.save': (ids) => [{ ...ids.forms.settings, preview: true } as CallInput<'settings.save'>],

  'profile.options': () => [{}],
  'profile.select': () => [{ kind: 'consultant', consultantId: 'C-04' }, { kind: 'liaison', schoolId: 'S-MERW' }, { kind: 'coordinator' }],
  'profile.current': () => [{}],
  'participants.search': () => [{ query: 'a', limit: 5, offset: 1 }],
  'week.get': () => [{ weekStart: DEMO_WEEK }],
  'week.resources': () => [{ weekStart: DEMO_WEEK }],
  'week.layers': () => [{ weekStart: DEMO_WEEK }],
  'week.planning': () => [{ weekStart: NEXT_WEEK }],
  'week.conflicts': () => [{ weekStart: NEXT_WEEK }],
  'week.unplanned': () => [{ weekStart: DEMO_WEEK }],
  'planner.start': () => [{ weekStart: NEXT_WEEK, timeLimitSeconds: 1, seed: 3 }],
  'planner.cancel': (ids) => [{ jobId: ids.job }],
  'planner.releaseLock': () => [{ weekStart: NEXT_WEEK }],
  'planner.status': (ids) => [{ jobId: ids.job }],
  'proposal.accept': (ids) => [{ weekStart: DEMO_WEEK, sessionIds: [ids.session], confirmPublished: false }],
  'proposal.discard': () => [{ weekStart: DEMO_WEEK, confirmPublished: false }],
  'session.update': (ids) => [
    { sessionId: ids.session, start: ids.sessionStart, end: ids.sessionEnd, confirmPublished: false },
    { sessionId: ids.session, end: ids.sessionEnd },
    { sessionId: ids.groupInfo, roomId: ids.room, consultantId: ids.consultant, interpreterId: ids.interpreter },
    { sessionId: ids.seated.session, removeParticipantIds: [ids.seated.participant] },
    { sessionId: ids.session, addParticipantIds: [ids.client] },
  ],
  'session.pin': (ids) => [{ sessionId: ids.session, pinned: true }],
  'session.cancel': (ids) => [{ sessionId: ids.cancellable, reason: 'Zaal onbruikbaar door lekkage', confirmPublished: false }],
  'fix.apply': (ids) => [
    { weekStart: DEMO_WEEK, action: { type: 'changeSession', change: { sessionId: ids.session, start: ids.sessionStart, end: ids.sessionEnd } } },
    { weekStart: DEMO_WEEK, action: { type: 'bookChildcare', childId: ids.child, childcareId: ids.childcare.provider, slotStart: ids.childcare.slotStart } },
  ],
  'history.state': () => [{ weekStart: DEMO_WEEK }],
  'history.undo': () => [{ weekStart: DEMO_WEEK, confirmPublished: false }],
  'history.redo': () => [{ weekStart: DEMO_WEEK, confirmPublished: false }],
  'week.publish': () => [{ weekStart: NEXT_WEEK }],
  'week.changes': () => [{ weekStart: NEXT_WEEK }],
  'export.ics': (ids) => [{ weekStart: DEMO_WEEK, person: { kind: 'interpreter', id: ids.interpreter } }],
  'export.zip': () => [{ weekStart: DEMO_WEEK, scope: 'all' }],
  'export.ownWeek': () => [{ weekStart: DEMO_WEEK }],
  'deadlines.list': () => [{ limit: 10 }],
  'consultant.caseload': () => [{ urgency: 'urgent', step: 'toets', weekStart: DEMO_WEEK }],
  'pip.set': (ids) => [{ participantId: ids.client, pipDate: '2026-11-20' }],
  'toets.slots': (ids) => [{ participantId: ids.client, weekStart: NEXT_WEEK }],
  'toets.book': (ids) => [{ participantId: ids.client, sessionId: ids.session }],
  'toets.cancel': (ids) => [{ participantId: ids.client }],
  'toets.rooms': () => [{ weekStart: NEXT_WEEK }],
  'toets.openSlot': (ids) => [ids.toetsSlot],
  'toets.requestSlot': (ids) => [{ participantId: ids.client, weekStart: NEXT_WEEK, note: 'liefst ochtend' }],
  'requests.list': () => [{ status: 'all' }],
  'requests.resolve': (ids) => [{ requestId: ids.request }],
  'trial.options': (ids) => [{ participantId: ids.client, weekStart: NEXT_WEEK }],
  'trial.book': (ids) => [
    {
      participantId: ids.client,
      lessons: [{ ...ids.trialLesson, childcare: [{ childId: ids.child, providerId: ids.childcare.provider, slotStart: ids.childcare.slotStart }] }],
    },
  ],
  'trial.cancel': (ids) => [{ bookingId: ids.trialBooking }],
  'moment.cancel': (ids) => [{ moment: { kind: 'intake', ...ids.intakeMoment }, reason: 'Docent ziek', confirm: false }],
  'startklas.options': (ids) => [{ participantId: ids.client }],
  'startklas.register': (ids) => [{ participantId: ids.client }],
  'startklas.cancel': (ids) => [{ participantId: ids.client }],
  'groupInfo.preview': (ids) => [{ participantId: ids.client }],
  'groupInfo.enlist': (ids) => [{ participantId: ids.client }],
  'school.capacity': () => [{ weekStart: NEXT_WEEK, weeks: 2 }],
  'school.updateClass': () => [{ classId: 'K-MERW-ALFA-1', trialSeats: 2, capacity: 20 }],
  'trial.recordOutcome': (ids) => [{ bookingId: ids.schoolBooking, attended: true, routeAdvice: 'Alfa' }],
  // People: reads, and changes refused for an unknown person or step, so the demo region stays as it is.
  'people.options': () => [{}],
  'participants.get': (ids) => [{ id: ids.client }],
  'participants.erasePreview': (ids) => [{ id: ids.client }],
  'participants.save': () => [
    {
      id: UNKNOWN_PERSON,
      givenName: 'Amal',
      familyName: 'Haddad',
      gemeenteId: 'G-GOR',
      migrantKind: 'statushouder',
      koppelingDate: '2026-11-02',
      housingDate: '2026-11-16',
      language: 'ar',
      otherLanguages: ['en'],
      digitalSkill: 'basic',
      busy: [{ weekday: 2, start: '08:00', end: '12:00' }],
    },
  ],
  'households.save': () => [
    { participantId: UNKNOWN_PERSON, adultsOutside: 1, children: [{ givenName: 'Lina', birthDate: '2024-05-01', covered: [{ weekday: 1, start: '08:30', end: '12:00' }] }] },
  ],
  'households.link': (ids) => [{ participantId: UNKNOWN_PERSON, partnerId: ids.client }],
  'steps.add': () => [{ participantId: UNKNOWN_PERSON, kind: 'trialLesson', schoolId: 'S-MERW', earliestDate: '2026-12-01', dueDate: '2027-01-04' }],
  'steps.remove': (ids) => [{ participantId: ids.client, demandId: 'D-ONBEKEND', confirm: true }],
  'steps.reorder': (ids) => [{ participantId: ids.client, demandIds: ['D-ONBEKEND'] }],
  'participants.end': () => [{ id: UNKNOWN_PERSON, date: '2026-11-30', reason: 'Verhuisd naar een andere regio', confirm: true }],
  'participants.erase': () => [{ id: UNKNOWN_PERSON, confirm: true }],
  // Without a team-server account these are refused before anything is read or written.
  'accounts.list': () => [{}],
  'accounts.add': () => [{ username: 'nieuw', role: 'coordinator', password: 'Lang-genoeg-wachtwoord-1' }],
  'accounts.setRole': () => [{ id: 'geen-account', role: 'coordinator' }],
  'accounts.resetPassword': () => [{ id: 'geen-account', password: 'Lang-genoeg-wachtwoord-1' }],
  'accounts.setDisabled': () => [{ id: 'geen-account', disabled: true }],
  'accounts.logoutEverywhere': () => [{ id: 'geen-account' }],
  'accounts.resetTotp': () => [{ id: 'geen-account' }],
  'accounts.setEmail': () => [{ id: 'geen-account', email: 'naam@gemeente.nl' }],
};

let dispatch: Dispatch<ApiCtx>;
let ids: Ids;
const internals: string[] = [];
const ctxs = {} as Record<'coordinator' | 'consultant' | 'liaison', ApiCtx>;

const client = (): ApiCtx => ({ transport: 'test', session: { profile: null } });

/** The caller a call is meant for; profile.select and other 'anyone' calls get a fresh client each time. */
/**
 * A list row without the fields the list adds for display, nor the row's `stamp` (every Beheer
 * list has it; it goes back as `expectedStamp`, not in the form): the form it opens with.
 */
function formOf(item: object, ...display: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'stamp' && !display.includes(k)));
}

function callerFor(name: CallName): ApiCtx {
  const rule = ACCESS[name];
  return rule === 'anyone' ? client() : ctxs[rule[0]];
}

beforeAll(async () => {
  ({ dispatch } = demoServices(
    { planWorker: noPlanner },
    { authorize: authorizeCall, onInternalError: (name, err) => internals.push(`${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`) },
  ));
  for (const [kind, select] of [
    ['coordinator', { kind: 'coordinator' }],
    ['consultant', { kind: 'consultant', consultantId: 'C-04' }],
    ['liaison', { kind: 'liaison', schoolId: 'S-MERW' }],
  ] as const) {
    ctxs[kind] = client();
    expect(await dispatch('profile.select', select, ctxs[kind])).toMatchObject({ ok: true });
  }
  const as = async <N extends CallName>(ctx: ApiCtx, name: N, input: CallInput<N>) => {
    const r = await dispatch(name, input, ctx);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.data as CallOutput<N>;
  };
  const { coordinator: coord, consultant: c4, liaison } = ctxs;
  const week = await as(coord, 'week.get', { weekStart: DEMO_WEEK });
  const toets = week.sessions.find((s) => s.kind === 'toets')!;
  const groupInfo = week.sessions.find((s) => s.kind === 'groupInfo')!;
  const seated = week.sessions.find((s) => s.participants.length > 0)!;
  const res = await as(coord, 'week.resources', { weekStart: DEMO_WEEK });
  const layers = await as(coord, 'week.layers', { weekStart: DEMO_WEEK });
  const caseload = await as(c4, 'consultant.caseload', {});
  const household = caseload.items.find((i) => (i.household?.children.length ?? 0) > 0)!;
  const trial = await as(c4, 'trial.book', { participantId: 'P-030', lessons: [{ classId: 'K-MERW-ALFA-1', start: '2026-12-01T09:00' }] });
  const options = await as(c4, 'trial.options', { participantId: household.participant.id, weekStart: NEXT_WEEK });
  const lesson = options.schools.flatMap((s) => s.options).find((o) => o.trialFree > 0)!;
  const visitors = (await as(liaison, 'school.capacity', { weekStart: DEMO_WEEK, weeks: 1 })).trialVisitors;
  const request = await as(c4, 'toets.requestSlot', { participantId: 'P-029', weekStart: NEXT_WEEK });
  const job = await as(coord, 'planner.start', { weekStart: DEMO_WEEK, timeLimitSeconds: 1 });
  const nextIntake = (await as(coord, 'week.layers', { weekStart: NEXT_WEEK })).intakes[0]!;
  ids = {
    intakeMoment: { intakeId: nextIntake.intakeId, date: nextIntake.start.slice(0, 10) },
    session: toets.id,
    groupInfo: groupInfo.id,
    sessionStart: toets.start,
    sessionEnd: toets.end,
    seated: { session: seated.id, participant: seated.participants[0].id },
    cancellable: week.sessions.find((s) => ![toets.id, groupInfo.id, seated.id].includes(s.id))!.id,
    room: res.rooms.find((r) => r.kinds.includes('toets') && r.id !== toets.room.id)!.id,
    consultant: res.consultants.find((c) => c.id !== toets.consultant.id)!.id,
    interpreter: res.interpreters[0].id,
    client: household.participant.id,
    child: household.household!.children[0].id,
    trialLesson: { classId: lesson.classId, start: lesson.start },
    toetsSlot: freeToetsMorning(await as(coord, 'week.planning', { weekStart: NEXT_WEEK }), 'C-04'),
    childcare: { provider: layers.childcare[0].providerId, slotStart: layers.childcare[0].start },
    trialBooking: trial.bookings[0].bookingId,
    schoolBooking: visitors.find((v) => v.start < `${DEMO_TODAY}T00:00`)!.bookingId,
    request: request.request.id,
    job: job.jobId,
    forms: {
      gemeente: formOf((await as(coord, 'gemeenten.list', {})).items[0]!, 'locations', 'participants', 'consultants'),
      location: formOf((await as(coord, 'locations.list', {})).items[0]!, 'gemeente', 'uses'),
      room: formOf((await as(coord, 'rooms.list', {})).items[0]!, 'locationName', 'sessions'),
      consultant: formOf((await as(coord, 'consultants.list', {})).items[0]!, 'gemeente', 'sessions', 'clients'),
      interpreter: formOf((await as(coord, 'interpreters.list', {})).items[0]!, 'sessions'),
      school: formOf((await as(coord, 'schools.list', {})).items[0]!, 'locationName', 'classes', 'allClasses', 'trialDemands', 'trialBookings'),
      class: formOf((await as(coord, 'classes.list', {})).items[0]!, 'schoolName', 'locationName', 'trialBookings'),
      intake: formOf((await as(coord, 'startklasIntakes.list', {})).items[0]!, 'locationName', 'bookings'),
      provider: formOf((await as(coord, 'childcareProviders.list', {})).items[0]!, 'locationName', 'bookings'),
      settings: formOf(await as(coord, 'settings.get', {}), 'preset', 'weightValues', 'stamp'),
    },
    travel: (await as(coord, 'travelTimes.list', {})).pairs[0]!,
  };
});

/**
 * A toets room and a morning in which it and the consultant are open and free from 09:00 to
 * 12:00, so toets.openSlot succeeds there and its malformed variants reach the database.
 */
function freeToetsMorning({ instance, plan }: CallOutput<'week.planning'>, consultantId: string): { roomId: string; start: string } {
  const consultant = instance.consultants.find((c) => c.id === consultantId)!;
  const free = (available: { start: string; end: string }[], busy: { start: string; end: string }[], from: string, to: string) =>
    available.some((i) => i.start <= from && to <= i.end) && !busy.some((b) => b.start < to && from < b.end);
  for (let d = 0; d < instance.week.days; d++) {
    const day = addDays(instance.week.start, d);
    const [from, to] = [`${day}T09:00`, `${day}T12:00`];
    if (
      !free(
        consultant.available,
        plan.sessions.filter((s) => s.consultantId === consultantId),
        from,
        to,
      )
    )
      continue;
    const room = instance.rooms.find(
      (r) =>
        r.kinds.includes('toets') &&
        free(
          r.available,
          plan.sessions.filter((s) => s.roomId === r.id),
          from,
          to,
        ),
    );
    if (room) return { roomId: room.id, start: from };
  }
  throw new Error(`Geen vrije ochtend voor ${consultantId} in een toetsruimte in de week van ${instance.week.start}.`);
}

describe('malformed input', () => {
  it('has valid inputs the contract accepts, for every call', () => {
    expect(Object.keys(VALID).sort()).toEqual(Object.keys(contract).sort());
    for (const [name, valid] of Object.entries(VALID) as [CallName, (ids: Ids) => unknown[]][]) {
      for (const input of valid(ids)) expect(contract[name].input.safeParse(input).success, `${name} ${JSON.stringify(input)}`).toBe(true);
    }
  });

  it('refuses the impossible and off-grid times of issue 14 with invalid_input naming the field', async () => {
    const refusal = async (name: CallName, input: unknown) => {
      const r = await dispatch(name, input, callerFor(name));
      return r.ok ? 'aangenomen' : { code: r.error.code, field: r.error.field, message: r.error.message };
    };
    const day = ids.sessionStart.slice(0, 10);
    const session = { sessionId: ids.session };
    expect(await refusal('session.update', { ...session, start: '2026-11-31T09:00' })).toEqual({
      code: 'invalid_input',
      field: 'start',
      message: "Ongeldige invoer bij 'start': 2026-11-31 is geen bestaande datum.",
    });
    expect(await refusal('session.update', { ...session, start: '2026-12-00T09:00' })).toMatchObject({ code: 'invalid_input', field: 'start' });
    expect(await refusal('session.update', { ...session, end: `${day}T29:59` })).toMatchObject({ code: 'invalid_input', field: 'end' });
    expect(await refusal('session.update', { ...session, end: `${day}T25:61` })).toMatchObject({ code: 'invalid_input', field: 'end' });
    expect(await refusal('toets.openSlot', { ...ids.toetsSlot, start: `${ids.toetsSlot.start.slice(0, 10)}T09:60` })).toMatchObject({ code: 'invalid_input', field: 'start' });
    for (const name of ['week.publish', 'planner.start', 'toets.rooms', 'school.capacity'] as const) {
      expect(await refusal(name, { weekStart: '9999-12-27' }), name).toMatchObject({ code: 'invalid_input', field: 'weekStart' });
    }
    // On the grid (SPEC rule 10: a multiple of slotMinutes after dayStart, 15 minutes from 08:30 in the demo).
    expect(await refusal('session.update', { ...session, start: `${day}T09:07` })).toEqual({
      code: 'invalid_input',
      field: 'start',
      message: "Ongeldige invoer bij 'start': 09:07 ligt niet op het rooster (een sessie begint op een veelvoud van 15 minuten vanaf 08:30).",
    });
    const fix = (change: object) => ({ weekStart: DEMO_WEEK, action: { type: 'changeSession', change: { ...session, ...change } } });
    expect(await refusal('fix.apply', fix({ start: `${day}T10:10` }))).toMatchObject({ code: 'invalid_input', field: 'action.change.start' });
    expect(await refusal('toets.openSlot', { ...ids.toetsSlot, start: `${ids.toetsSlot.start.slice(0, 10)}T09:05` })).toMatchObject({ code: 'invalid_input', field: 'start' });
    // An end after its start on the same day, refused before the database's CHECK.
    expect(await refusal('session.update', { ...session, start: `${day}T10:00`, end: `${day}T09:45` })).toMatchObject({ code: 'invalid_input', field: 'end' });
    expect(await refusal('session.update', { ...session, start: `${day}T23:00` })).toMatchObject({ code: 'invalid_input', field: 'end' });
    expect(await refusal('fix.apply', fix({ end: `${day}T00:00` }))).toMatchObject({ code: 'invalid_input', field: 'action.change.end' });
    expect(await refusal('toets.openSlot', { ...ids.toetsSlot, start: `${ids.toetsSlot.start.slice(0, 10)}T23:00` })).toEqual({
      code: 'invalid_input',
      field: 'start',
      message: "Ongeldige invoer bij 'start': een toetsmoment van 90 minuten dat om 23:00 begint, loopt door na middernacht.",
    });
  });

  it('gets a typed refusal, never an internal error, from every call; invalid input names its field', async () => {
    const rng = sfc32(14);
    const failures: string[] = [];
    let calls = 0;
    for (const name of Object.keys(contract) as CallName[]) {
      for (const valid of VALID[name](ids)) {
        for (const { label, payload } of malformedVariants(valid, rng)) {
          calls++;
          const r = await dispatch(name, payload, callerFor(name));
          if (r.ok) continue;
          if (r.error.code === 'internal') failures.push(`${name} (${label}): ${r.error.message}`);
          else if (r.error.code === 'invalid_input' && !r.error.field) failures.push(`${name} (${label}): geen veld genoemd in "${r.error.message}"`);
        }
      }
    }
    expect(calls).toBeGreaterThan(2000);
    expect(failures, `${failures.join('\n')}\n\n${internals.join('\n\n')}`).toEqual([]);
    // Several thousand calls, some of which check the planned weeks (management previews).
  }, 420_000);
});
