// Many users at once (issue 12, item 4): two team-server accounts on one database file through
// two connections, as two server processes (or two requests) have. A change made on a version of
// a session someone changed meanwhile is refused with who changed it and when; planning a week
// locks it for the other account until the proposal is accepted or discarded.
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../shared/api/dispatch';
import { authorizeCall, type ApiCtx } from '../../../shared/api/access';
import type { AppEvent, CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { renderMsg } from '../../../shared/messages';
import type { Db } from '../../../db/connection';
import { deleteAuthSessionsOf } from '../../../db/repositories/accounts';
import { addSignedInAccount } from '../../../db/repositories/test-helpers';
import { openTwice, type DatabaseTemplate, type TwoConnections } from '../../../db/repositories/test-helpers-two-connections';
import { createEventBus } from '../../events';
import { createServices } from '../index';
import { demoTemplate } from '../../../test/support/two-connections';
import { DEMO_TODAY, DEMO_WEEK as W } from '../../../test/support/demo-services';

const worker = {
  file: fileURLToPath(new URL('../../../test/support/ts-worker.mjs', import.meta.url)),
  extraData: { __tsEntry: fileURLToPath(new URL('../../planner-jobs/plan-worker.ts', import.meta.url)) },
};

interface Side {
  dispatch: Dispatch<ApiCtx>;
  events: AppEvent[];
}

function side(db: Db, now: string): Side {
  const bus = createEventBus();
  const events: AppEvent[] = [];
  bus.on((e) => events.push(e));
  const services = createServices(db, { version: 't', dataFile: 't', today: () => DEMO_TODAY, now: () => now, planWorker: worker }, bus);
  return { dispatch: createDispatch(services, { authorize: authorizeCall }), events };
}

const coordinatorCtx = (id: string, username: string, role: 'beheerder' | 'coordinator' = 'coordinator'): ApiCtx => ({
  transport: 'test',
  session: { profile: { kind: 'coordinator', id: null, name: 'Coördinator' }, account: { id, username, role } },
});

let template: DatabaseTemplate;
let conns: TwoConnections;
let a: Side;
let b: Side;
const fatima = coordinatorCtx('A-1', 'fatima');
const joris = coordinatorCtx('A-2', 'joris');
const beheer = coordinatorCtx('A-3', 'beheer', 'beheerder');

beforeAll(() => {
  template = demoTemplate();
});
afterAll(() => template.remove());

function open(): void {
  conns = openTwice(template);
  addSignedInAccount(conns.a, 'A-1', 'fatima', 'coordinator');
  addSignedInAccount(conns.a, 'A-2', 'joris', 'coordinator');
  addSignedInAccount(conns.a, 'A-3', 'beheer', 'beheerder');
  a = side(conns.a, '2026-11-25T10:42:00');
  b = side(conns.b, '2026-11-25T10:50:00');
}
afterEach(() => conns?.close());

async function ok<N extends CallName>(s: Side, ctx: ApiCtx, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await s.dispatch(name, input, ctx);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.data as CallOutput<N>;
}
const refusal = (r: ApiResult<unknown>) => (r.ok ? null : r.error);
/** A refusal as the English interface writes it (null: it carries no message). */
const inEnglish = (r: ApiResult<unknown>) => (r.ok || !r.error.msg ? null : renderMsg(r.error.msg, 'en'));

describe('a change made on a stale session', () => {
  it('is refused with who changed it and when, and goes through on the current version', async () => {
    open();
    // Both have the week open and see the same session at the same version.
    const seenByA = (await ok(a, fatima, 'week.get', { weekStart: W })).sessions.find((s) => s.status === 'accepted' && s.participantCount > 0)!;
    const seenByB = (await ok(b, joris, 'week.get', { weekStart: W })).sessions.find((s) => s.id === seenByA.id)!;
    expect(seenByB.version).toBe(seenByA.version);

    // Fatima moves it by an hour.
    const later = `${seenByA.start.slice(0, 11)}${String(+seenByA.start.slice(11, 13) + 1).padStart(2, '0')}${seenByA.start.slice(13)}`;
    const moved = await ok(a, fatima, 'session.update', { sessionId: seenByA.id, start: later, expectedVersion: seenByA.version });
    expect(moved.session.version).toBeGreaterThan(seenByA.version);

    // Joris, on the version he saw, changes its end: refused, told who and when, nothing written.
    const r = await b.dispatch('session.update', { sessionId: seenByB.id, end: seenByB.end, start: seenByB.start, expectedVersion: seenByB.version }, joris);
    expect(refusal(r)).toMatchObject({ code: 'stale', message: 'fatima (coördinator) heeft deze sessie om 10:42 verplaatst; het scherm toont nu de huidige stand.' });
    // The refusal is a message: the English interface writes it in English.
    expect(inEnglish(r)).toBe('fatima (coordinator) moved this session at 10:42; the screen now shows the current state.');
    const now = (await ok(b, joris, 'week.get', { weekStart: W })).sessions.find((s) => s.id === seenByB.id)!;
    expect(now.start).toBe(later);
    expect(now.version).toBe(moved.session.version);

    // On the current version his change goes through, and pinning checks the version too.
    const pinned = await ok(b, joris, 'session.pin', { sessionId: now.id, pinned: true, expectedVersion: now.version });
    expect(pinned.session.pinned).toBe(true);
    const late = await a.dispatch('session.pin', { sessionId: now.id, pinned: false, expectedVersion: now.version }, fatima);
    expect(refusal(late)).toMatchObject({ code: 'stale', message: 'joris (coördinator) heeft deze sessie om 10:50 vastgezet; het scherm toont nu de huidige stand.' });
    expect(inEnglish(late)).toBe('joris (coordinator) pinned this session at 10:50; the screen now shows the current state.');
  });

  it('moves the version on undo too; without expectedVersion a change is not checked', async () => {
    open();
    const s = (await ok(a, fatima, 'week.get', { weekStart: W })).sessions.find((x) => x.status === 'accepted')!;
    const later = `${s.start.slice(0, 11)}${String(+s.start.slice(11, 13) + 1).padStart(2, '0')}${s.start.slice(13)}`;
    const moved = await ok(a, fatima, 'session.update', { sessionId: s.id, start: later });
    await ok(a, fatima, 'history.undo', { weekStart: W });
    const back = (await ok(b, joris, 'week.get', { weekStart: W })).sessions.find((x) => x.id === s.id)!;
    // Back where it was, yet at a newer version than any seen before: an old screen is stale.
    expect(back.start).toBe(s.start);
    expect(back.version).toBeGreaterThan(moved.session.version);
    const r = await b.dispatch('session.update', { sessionId: s.id, start: later, expectedVersion: moved.session.version }, joris);
    expect(refusal(r)).toMatchObject({ code: 'stale', message: 'Deze sessie is intussen gewijzigd; het scherm toont nu de huidige stand.' });
    // Redo still finds its rows although the versions moved.
    await ok(a, fatima, 'history.redo', { weekStart: W });
    const redone = (await ok(b, joris, 'week.get', { weekStart: W })).sessions.find((x) => x.id === s.id)!;
    expect(redone.start).toBe(later);
    // Other systems that send no version keep working as before.
    expect((await b.dispatch('session.update', { sessionId: s.id, start: s.start }, joris)).ok).toBe(true);
  });
});

describe('a participant form saved on a stale version', () => {
  it('is refused with who saved it and when; the app always sends the version, others may leave it out', async () => {
    open();
    const id = (await ok(a, fatima, 'week.get', { weekStart: W })).sessions.flatMap((x) => x.participants)[0]!.id;
    const seen = await ok(b, joris, 'participants.get', { id });
    const p = seen.person;
    const form = {
      id,
      givenName: p.givenName,
      familyName: p.familyName,
      gemeenteId: p.gemeente.id,
      homeLocationId: p.homeLocation.id,
      migrantKind: p.migrantKind,
      koppelingDate: p.koppelingDate,
      registrationDate: p.registrationDate,
      housingDate: p.housingDate,
      language: p.language,
      otherLanguages: p.otherLanguages,
      digitalSkill: p.digitalSkill,
      routeIndication: p.routeIndication,
      busy: p.busy,
      consultantId: p.consultant?.id ?? null,
    };
    const other = p.digitalSkill === 'good' ? 'basic' : 'good';
    // Fatima saves a change on the version both saw.
    expect((await ok(a, fatima, 'participants.save', { ...form, digitalSkill: other, expectedVersion: seen.version })).applied).toBe(true);
    // Joris, on that same version, changes the name: refused, nothing written.
    const r = await b.dispatch('participants.save', { ...form, givenName: `${p.givenName}x`, expectedVersion: seen.version }, joris);
    expect(refusal(r)).toMatchObject({ code: 'stale', message: 'fatima (coördinator) heeft deze deelnemer om 10:42 gewijzigd; het scherm toont nu de huidige stand.' });
    expect(inEnglish(r)).toBe('fatima (coordinator) changed this participant at 10:42; the screen now shows the current state.');
    const now = await ok(b, joris, 'participants.get', { id });
    expect(now.person).toMatchObject({ givenName: p.givenName, digitalSkill: other });
    expect(now.version).toBeGreaterThan(seen.version);
    // On the current version it goes through; without a version it is not checked.
    expect((await ok(b, joris, 'participants.save', { ...form, digitalSkill: other, givenName: `${p.givenName}x`, expectedVersion: now.version })).applied).toBe(true);
    expect((await ok(a, fatima, 'participants.save', { ...form, digitalSkill: other })).applied).toBe(true);
  });
});

describe('a household form saved on a stale version', () => {
  it('is refused with who saved it and when', async () => {
    open();
    const id = (await ok(a, fatima, 'week.get', { weekStart: W })).sessions.flatMap((x) => x.participants)[0]!.id;
    const first = await ok(a, fatima, 'participants.get', { id });
    const form = (h: NonNullable<typeof first.household> | null) => ({
      participantId: id,
      adultsOutside: h?.adultsOutside ?? 0,
      partnerIds: h?.partners.map((x) => x.id) ?? [],
      children: (h?.children ?? []).map((c) => ({ id: c.id, givenName: c.givenName, birthDate: c.birthDate, covered: c.covered })),
    });
    // Make sure there is a household to edit.
    if (!first.household) await ok(a, fatima, 'households.save', { ...form(null), confirm: false });
    const seen = (await ok(b, joris, 'participants.get', { id })).household!;
    const changed = { ...form(seen), adultsOutside: seen.adultsOutside === 0 ? 1 : 0 };
    expect((await ok(a, fatima, 'households.save', { ...changed, confirm: false, expectedVersion: seen.version })).applied).toBe(true);
    const r = await b.dispatch('households.save', { ...form(seen), adultsOutside: 2, confirm: false, expectedVersion: seen.version }, joris);
    expect(refusal(r)).toMatchObject({ code: 'stale', message: 'fatima (coördinator) heeft dit huishouden om 10:42 gewijzigd; het scherm toont nu de huidige stand.' });
    expect(inEnglish(r)).toBe('fatima (coordinator) changed this household at 10:42; the screen now shows the current state.');
    const now = (await ok(b, joris, 'participants.get', { id })).household!;
    expect(now.adultsOutside).toBe(changed.adultsOutside);
    expect((await ok(b, joris, 'households.save', { ...form(now), adultsOutside: 2, confirm: false, expectedVersion: now.version })).applied).toBe(true);
  });
});

function finished(s: Side, jobId: string): Promise<void> {
  return new Promise((resolve) => {
    const t = setInterval(() => {
      if (s.events.some((e) => e.type === 'planner.finished' && e.jobId === jobId)) {
        clearInterval(t);
        resolve();
      }
    }, 50);
  });
}

describe('the planning lock', () => {
  it('holds the week for the account that plans it until it accepts; the others see who and since when', async () => {
    open();
    const { jobId } = await ok(a, fatima, 'planner.start', { weekStart: W, timeLimitSeconds: 0.5 });
    expect(a.events).toContainEqual({ type: 'week.changed', weekStart: W });
    const lockMsg = 'Week 48 wordt gepland door fatima (coördinator) sinds 10:42. Starten of accepteren kan als die planning is geaccepteerd of verworpen.';

    const seen = (await ok(b, joris, 'week.get', { weekStart: W })).planningLock;
    expect(seen).toMatchObject({ holder: 'fatima (coördinator)', since: '2026-11-25T10:42:00', mine: false });
    expect(renderMsg(seen!.holderMsg!, 'en')).toBe('fatima (coordinator)');
    const refused = await b.dispatch('planner.start', { weekStart: W, timeLimitSeconds: 0.5 }, joris);
    expect(refused.ok ? '' : renderMsg(refused.error.msg!, 'en')).toBe(
      'Week 48 is being planned by fatima (coordinator) since 10:42. Starting or accepting is possible once that plan is accepted or discarded.',
    );
    expect((await ok(a, fatima, 'week.get', { weekStart: W })).planningLock).toMatchObject({ mine: true });
    expect(refusal(await b.dispatch('planner.start', { weekStart: W, timeLimitSeconds: 0.5 }, joris))).toMatchObject({ code: 'conflict', message: lockMsg });
    // On one server (one process) the other account sees the run, but cannot stop it.
    expect(refusal(await a.dispatch('planner.cancel', { jobId }, joris))).toMatchObject({ code: 'conflict', message: lockMsg });
    await finished(a, jobId);
    expect(refusal(await b.dispatch('proposal.accept', { weekStart: W, confirmPublished: false }, joris))).toMatchObject({ code: 'conflict', message: lockMsg });
    expect(refusal(await b.dispatch('proposal.discard', { weekStart: W, confirmPublished: false }, joris))).toMatchObject({ code: 'conflict', message: lockMsg });
    // Another week is free.
    expect((await ok(b, joris, 'week.get', { weekStart: '2026-11-30' })).planningLock).toBeUndefined();

    await ok(a, fatima, 'proposal.accept', { weekStart: W, confirmPublished: false });
    expect((await ok(b, joris, 'week.get', { weekStart: W })).planningLock).toBeUndefined();
    const { jobId: next } = await ok(b, joris, 'planner.start', { weekStart: W, timeLimitSeconds: 0.5 });
    await finished(b, next);
    await ok(b, joris, 'proposal.discard', { weekStart: W, confirmPublished: false });
    expect((await ok(a, fatima, 'week.get', { weekStart: W })).planningLock).toBeUndefined();
  }, 60_000);

  it('ends with its holder’s sessions, and a beheerder can release it; no one else', async () => {
    open();
    const { jobId } = await ok(a, fatima, 'planner.start', { weekStart: W, timeLimitSeconds: 0.5 });
    await finished(a, jobId);
    expect(refusal(await b.dispatch('planner.releaseLock', { weekStart: W }, joris))).toMatchObject({ code: 'forbidden' });
    expect(await ok(b, beheer, 'planner.releaseLock', { weekStart: W })).toEqual({ released: true });
    expect((await ok(b, joris, 'week.get', { weekStart: W })).planningLock).toBeUndefined();

    // Fatima plans again, then logs out everywhere: the lock goes with her sessions.
    const again = await ok(a, fatima, 'planner.start', { weekStart: W, timeLimitSeconds: 0.5 });
    expect((await ok(b, joris, 'week.get', { weekStart: W })).planningLock?.holder).toBe('fatima (coördinator)');
    deleteAuthSessionsOf(conns.b, 'A-1');
    expect((await ok(b, joris, 'week.get', { weekStart: W })).planningLock).toBeUndefined();
    await finished(a, again.jobId);
    expect((await b.dispatch('proposal.accept', { weekStart: W, confirmPublished: false }, joris)).ok).toBe(true);
  }, 60_000);
});
