// The calendar files of a published week, read with ical.js (an independent parser, not the
// app's own reader): stable and globally unique UIDs, a SEQUENCE that rises with every change
// handed out, cancelled sessions, every staff member's file at once as a zip, and a
// consultant's own week.
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ApiCtx } from '../../../shared/api/access';
import { listAudit } from '../../../db/repositories/audit';
import { makeProposed, weekSessionRows } from '../../../db/repositories/week-test-queries';
import { callOk, demoServices, DEMO_WEEK as W } from '../../../test/support/demo-services';
import { as, call, db, fail, useDemoProfiles } from '../../../test/support/demo-profiles';
import { readCalendar, type ReadEvent } from '../../../test/support/ical';

useDemoProfiles();

type Person = { kind: 'consultant' | 'interpreter'; id: string };

async function calendarOf(ctx: ApiCtx, person: Person) {
  const out = await call(ctx, 'export.ics', { weekStart: W, person });
  return { filename: out.filename, ...readCalendar(out.content) };
}

const byId = (events: ReadEvent[], sessionId: string) => events.find((e) => e.uid.startsWith(`${sessionId}@`));

/** A consultant with at least two sessions in the demo week, and one of those sessions. */
function busyConsultant() {
  const rows = weekSessionRows(db, W);
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.consultant, (count.get(r.consultant) ?? 0) + 1);
  const consultant = [...count].find(([, n]) => n >= 2)![0];
  const mine = rows.filter((r) => r.consultant === consultant);
  return { person: { kind: 'consultant' as const, id: consultant }, mine, session: mine[0]! };
}

const later = (start: string) => `${start.slice(0, 10)}T${start.slice(11) === '15:00' ? '15:30' : '15:00'}`;

describe('calendar UIDs', () => {
  it('are "<session id>@<installation id>": the same in every file of this database, different in another database', async () => {
    const coord = await as('coordinator');
    const { person, mine } = busyConsultant();
    const first = await calendarOf(coord, person);
    const again = await calendarOf(coord, person);
    expect(first.events).toHaveLength(mine.length);
    const uids = first.events.map((e) => e.uid);
    expect(again.events.map((e) => e.uid)).toEqual(uids);
    const host = uids[0]!.split('@')[1]!;
    expect(host).toMatch(/^[0-9a-f]{32}$/);
    expect(uids.sort()).toEqual(mine.map((m) => `${m.id}@${host}`).sort());

    // Another installation seeded alike has the same session ids, never the same UIDs.
    const other = demoServices();
    const theirs = readCalendar((await callOk(other.dispatch, 'export.ics', { weekStart: W, person })).content);
    expect(theirs.events.map((e) => e.uid.split('@')[0]).sort()).toEqual(mine.map((m) => m.id).sort());
    for (const e of theirs.events) expect(uids).not.toContain(e.uid);
  });
});

describe('SEQUENCE and STATUS', () => {
  it('publishing hands out 0; a move after publication raises it in the next file, an undo again; an unchanged session keeps its number', async () => {
    const coord = await as('coordinator');
    const { person, session } = busyConsultant();
    await call(coord, 'week.publish', { weekStart: W });
    const published = await calendarOf(coord, person);
    expect(published.events.map((e) => e.sequence)).toEqual(published.events.map(() => 0));
    expect(published.events.every((e) => e.status === 'CONFIRMED' && e.startTzid === 'Europe/Amsterdam' && e.endTzid === 'Europe/Amsterdam')).toBe(true);

    const to = later(session.start);
    await call(coord, 'session.update', { sessionId: session.id, start: to, confirmPublished: true });
    const moved = await calendarOf(coord, person);
    expect(byId(moved.events, session.id)).toMatchObject({ sequence: 1, start: to, status: 'CONFIRMED' });
    for (const e of moved.events.filter((x) => !x.uid.startsWith(`${session.id}@`))) expect(e.sequence).toBe(0);
    // The file is the same UID with a higher number: the calendar replaces the entry.
    expect(byId(moved.events, session.id)!.uid).toBe(byId(published.events, session.id)!.uid);
    // Handing the same version out again keeps its number.
    expect(byId((await calendarOf(coord, person)).events, session.id)!.sequence).toBe(1);

    // Back where it was is a change too: calendars that took the move must take this.
    await call(coord, 'history.undo', { weekStart: W, confirmPublished: true });
    expect(byId((await calendarOf(coord, person)).events, session.id)).toMatchObject({ sequence: 2, start: session.start });
  });

  it('a published session removed since is in its staff calendar as CANCELLED, also after publishing again', async () => {
    const coord = await as('coordinator');
    const { person, session } = busyConsultant();
    makeProposed(db, [session.id]);
    await call(coord, 'week.publish', { weekStart: W });
    expect(byId((await calendarOf(coord, person)).events, session.id)).toMatchObject({ status: 'TENTATIVE', sequence: 0 });
    await call(coord, 'proposal.discard', { weekStart: W, confirmPublished: true });
    const cancelled = byId((await calendarOf(coord, person)).events, session.id)!;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', sequence: 1, start: session.start, startTzid: 'Europe/Amsterdam' });
    expect(cancelled.description).toMatch(/gaat niet door/);
    await call(coord, 'week.publish', { weekStart: W });
    expect(byId((await calendarOf(coord, person)).events, session.id)).toMatchObject({ status: 'CANCELLED', sequence: 1 });
  });

  it('a consultant taken off a published session gets it as cancelled; the new consultant gets it, with the same UID and SEQUENCE', async () => {
    const coord = await as('coordinator');
    const { person, session } = busyConsultant();
    const other = weekSessionRows(db, W).find((r) => r.consultant !== person.id)!.consultant;
    await call(coord, 'week.publish', { weekStart: W });
    await call(coord, 'session.update', { sessionId: session.id, consultantId: other, confirmPublished: true });
    const old = byId((await calendarOf(coord, person)).events, session.id)!;
    const fresh = byId((await calendarOf(coord, { kind: 'consultant', id: other })).events, session.id)!;
    expect(old).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect(fresh).toMatchObject({ status: 'CONFIRMED', sequence: 1, uid: old.uid });
  });
});

describe('every staff calendar at once', () => {
  it('export.zip holds one file per consultant and interpreter of the week, each parsing, and logs each', async () => {
    const coord = await as('coordinator');
    const rows = weekSessionRows(db, W);
    const staff = new Set([...rows.map((r) => `consultant:${r.consultant}`), ...rows.filter((r) => r.interp).map((r) => `interpreter:${r.interp}`)]);
    const out = await call(coord, 'export.zip', { weekStart: W });
    expect(out.filename).toBe('keten-planner-2026-W48-agendas.zip');
    const files = unzipSync(Buffer.from(out.base64, 'base64'));
    expect(Object.keys(files).sort()).toEqual(out.files.map((f) => f.filename).sort());
    expect(out.files).toHaveLength(staff.size);
    for (const f of out.files) {
      expect(f.filename).toMatch(f.kind === 'consultant' ? /^keten-planner-2026-W48-consulent-[a-z0-9-]+\.ics$/ : /^keten-planner-2026-W48-tolk-[a-z0-9-]+\.ics$/);
      const cal = readCalendar(strFromU8(files[f.filename]!));
      expect(cal.name).toContain(f.name);
      expect(cal.events.length).toBeGreaterThan(0);
    }
    const total = out.files.reduce((n, f) => n + readCalendar(strFromU8(files[f.filename]!)).events.length, 0);
    expect(total).toBe(rows.length + rows.filter((r) => r.interp).length);
    const logged = listAudit(db).filter((r) => r.action === 'export' && (r.details as { zip?: boolean }).zip);
    expect(logged.map((r) => `${r.entity}:${r.entityId}`).sort()).toEqual([...staff].sort());
  });

  it("scope 'changed' holds only the staff a change after publication affects", async () => {
    const coord = await as('coordinator');
    const { session } = busyConsultant();
    await call(coord, 'week.publish', { weekStart: W });
    expect(await fail(coord, 'export.zip', { weekStart: W, scope: 'changed' })).toMatchObject({ code: 'not_found', message: expect.stringMatching(/niets gewijzigd/) });
    await call(coord, 'session.update', { sessionId: session.id, start: later(session.start), confirmPublished: true });
    const out = await call(coord, 'export.zip', { weekStart: W, scope: 'changed' });
    expect(out.filename).toBe('keten-planner-2026-W48-wijzigingen.zip');
    const interp = weekSessionRows(db, W).find((r) => r.id === session.id)!.interp;
    expect(out.files.map((f) => f.kind).sort()).toEqual(interp ? ['consultant', 'interpreter'] : ['consultant']);
    const files = unzipSync(Buffer.from(out.base64, 'base64'));
    const mine = out.files.find((f) => f.kind === 'consultant')!;
    expect(byId(readCalendar(strFromU8(files[mine.filename]!)).events, session.id)!.sequence).toBe(1);
    expect(await fail(coord, 'export.zip', { weekStart: W, scope: 'some' })).toMatchObject({ code: 'invalid_input', field: 'scope' });
  });
});

describe("a consultant's own week", () => {
  it('export.ownWeek gives the calling consultant their own sessions only, and only a consultant may ask', async () => {
    const { person, mine } = busyConsultant();
    const me = await as('consultant', person.id);
    const out = await call(me, 'export.ownWeek', { weekStart: W });
    expect(out.filename).toMatch(/^keten-planner-2026-W48-consulent-[a-z0-9-]+\.ics$/);
    const cal = readCalendar(out.content);
    expect(cal.events.map((e) => e.uid.split('@')[0]).sort()).toEqual(mine.map((m) => m.id).sort());
    expect(listAudit(db, { entity: 'consultant', entityId: person.id })[0]).toMatchObject({ action: 'export', actor: `consultant:${person.id}` });
    // Another's calendar goes through export.ics, which is the coordinator's.
    expect(await fail(me, 'export.ics', { weekStart: W, person })).toMatchObject({ code: 'forbidden' });
    expect(await fail(me, 'export.zip', { weekStart: W })).toMatchObject({ code: 'forbidden' });
    expect(await fail(await as('coordinator'), 'export.ownWeek', { weekStart: W })).toMatchObject({ code: 'forbidden' });
  });
});
