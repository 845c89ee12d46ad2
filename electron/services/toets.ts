// Toets booking by the consultant: only sessions with a certified consultant and a free laptop
// of the kind the client needs (touch for no or basic digital skill, SPEC rule 5); a request
// to the coordinator when nothing fits; a certified consultant may open a slot in a free room.
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../shared/api/dispatch';
import { ApiError } from '../../shared/api/errors';
import { profileOf } from '../../shared/api/access';
import { checkPlan } from '../../shared/planner/check';
import type { SlotRequest, ToetsSlot } from '../../shared/api/contract';
import { isoWeekday, mondayOf } from '../../shared/domain/week';
import { hhmmToMinutes } from '../../shared/domain/time';
import type { Db } from '../../db/connection';
import { writeTx } from '../../db/tx';
import { writeAudit } from '../../db/repositories/audit';
import { listParticipants, type Participant } from '../../db/repositories/participants';
import { createSession } from '../../db/repositories/sessions';
import { markDemandPlanned, reopenDemand } from '../../db/repositories/demands';
import { getRegion, listConsultants, listRooms } from '../../db/repositories/region';
import { weekIntervals } from '../../db/repositories/availability';
import { nowOf, type ServiceDeps } from './context';
import { candidateViolations, partnerWarnings, toWarnings, weekCheck } from './household-warnings';
import { ensureDemand, ownClient, profileAudit, requireProfile } from './roles-common';
import type { ApiCtx } from '../../shared/api/access';

type LaptopKind = 'touch' | 'mouse';
export const laptopKindFor = (skill: Participant['digitalSkill']): LaptopKind => (skill === 'good' ? 'mouse' : 'touch');

interface ToetsRow {
  id: string;
  start: string;
  end: string;
  status: 'proposed' | 'accepted';
  roomName: string;
  locationName: string;
  gemeente: string;
  consultantId: string;
  consultantName: string;
  certified: number;
  capacity: number;
  touch: number;
  mouse: number;
  total: number;
  needTouch: number;
}

function toetsSessions(db: Db, where: string, args: Record<string, unknown>): ToetsRow[] {
  return db
    .prepare(
      `SELECT s.id, s.start_time AS start, s.end_time AS end, s.status, r.name AS roomName, l.name AS locationName, g.name AS gemeente,
              c.id AS consultantId, c.name AS consultantName, c.toets_certified AS certified, r.capacity,
              r.laptops_touch AS touch, r.laptops_mouse AS mouse,
              (SELECT count(*) FROM session_participants sp WHERE sp.session_id = s.id) AS total,
              (SELECT count(*) FROM session_participants sp JOIN participants p ON p.id = sp.participant_id
                WHERE sp.session_id = s.id AND p.digital_skill IN ('none', 'basic')) AS needTouch
         FROM sessions s JOIN rooms r ON r.id = s.room_id JOIN locations l ON l.id = r.location_id
         JOIN gemeenten g ON g.id = l.gemeente_id JOIN consultants c ON c.id = s.consultant_id
        WHERE s.kind = 'toets' AND ${where} ORDER BY s.start_time, s.id`,
    )
    .all(args) as ToetsRow[];
}

/** Free laptops for one more client of this kind (rule 5), bounded by room size and max size. */
function freeFor(r: ToetsRow, kind: LaptopKind, maxSize: number | null): number {
  const total = r.touch + r.mouse - r.total;
  const byKind = kind === 'touch' ? Math.min(r.touch - r.needTouch, total) : total;
  const room = r.capacity - 1 - r.total;
  const max = maxSize === null ? Infinity : maxSize - r.total;
  return Math.max(0, Math.min(byKind, room, max));
}

function toSlot(r: ToetsRow, free: number): ToetsSlot {
  return {
    sessionId: r.id,
    start: r.start,
    end: r.end,
    status: r.status,
    roomName: r.roomName,
    locationName: r.locationName,
    gemeente: r.gemeente,
    consultant: { id: r.consultantId, name: r.consultantName },
    freeLaptops: free,
  };
}

function bookedToets(db: Db, participantId: string): { sessionId: string; demandId: string } | null {
  return (
    (db
      .prepare(
        `SELECT sp.session_id AS sessionId, sp.demand_id AS demandId FROM session_participants sp JOIN sessions s ON s.id = sp.session_id
          WHERE sp.participant_id = ? AND s.kind = 'toets' ORDER BY s.start_time DESC LIMIT 1`,
      )
      .get(participantId) as { sessionId: string; demandId: string } | undefined) ?? null
  );
}

function requestRow(db: Db, id: string): SlotRequest {
  const r = db
    .prepare(
      `SELECT q.id, q.kind, q.participant_id AS pid, trim(p.given_name || ' ' || p.family_name) AS pname, q.consultant_id AS cid, c.name AS cname,
              q.week_start AS weekStart, q.laptop_kind AS laptopKind, q.note, q.created_at AS createdAt, q.status
         FROM slot_requests q JOIN participants p ON p.id = q.participant_id JOIN consultants c ON c.id = q.consultant_id WHERE q.id = ?`,
    )
    .get(id) as (Omit<SlotRequest, 'participant' | 'consultant'> & { pid: string; pname: string; cid: string; cname: string }) | undefined;
  if (!r) throw new ApiError({ code: 'not_found', message: `Verzoek ${id} bestaat niet.`, field: 'requestId' });
  const { pid, pname, cid, cname, ...rest } = r;
  return { ...rest, participant: { id: pid, name: pname }, consultant: { id: cid, name: cname } };
}

export function toetsHandlers({ db, env, events }: ServiceDeps): Pick<
  Handlers<ApiCtx>,
  'toets.slots' | 'toets.book' | 'toets.cancel' | 'toets.requestSlot' | 'toets.rooms' | 'toets.openSlot' | 'requests.list' | 'requests.resolve'
> {
  const maxSize = () => getRegion(db)?.toets.maxSize ?? null;
  return {
    'toets.slots': ({ participantId, weekStart }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const p = ownClient(db, me, participantId);
      const kind = laptopKindFor(p.digitalSkill);
      const today = env.today();
      const rows = toetsSessions(db, 's.week_start = @w AND substr(s.start_time, 1, 10) >= @today', { w: weekStart, today });
      const booked = bookedToets(db, p.id);
      const mine = booked ? toetsSessions(db, 's.id = @id', { id: booked.sessionId })[0] ?? null : null;
      const slots = rows
        .filter((r) => r.certified === 1 && r.id !== booked?.sessionId)
        .map((r) => toSlot(r, freeFor(r, kind, maxSize())))
        .filter((s) => s.freeLaptops > 0);
      let reason: string | null = null;
      if (slots.length === 0) {
        const need = kind === 'touch' ? 'een touchscreen-laptop (lage digitale vaardigheid)' : 'een laptop';
        if (rows.length === 0) reason = 'Deze week zijn er (nog) geen toetsmomenten gepland.';
        else if (rows.every((r) => r.certified !== 1)) reason = 'Geen toetsmoment deze week heeft een gecertificeerde consulent.';
        else reason = `Alle toetsmomenten deze week zijn vol: er is geen vrije plek met ${need}. Vraag de coördinator om een extra moment.`;
      }
      writeAudit(db, profileAudit(env, me, 'toets boeken'), 'view', 'participant', p.id, { weekStart });
      return { laptopKind: kind, slots, reason, booked: mine ? toSlot(mine, freeFor(mine, kind, maxSize())) : null };
    },
    'toets.book': ({ participantId, sessionId }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const p = ownClient(db, me, participantId);
      const audit = profileAudit(env, me, 'toets boeken');
      const kind = laptopKindFor(p.digitalSkill);
      const row = toetsSessions(db, 's.id = @id', { id: sessionId })[0];
      if (!row) throw new ApiError({ code: 'not_found', message: `Toetsmoment ${sessionId} bestaat niet.`, field: 'sessionId' });
      if (row.certified !== 1) throw new ApiError({ code: 'conflict', message: 'Bij dit toetsmoment is geen gecertificeerde consulent.', field: 'sessionId' });
      const old = bookedToets(db, p.id);
      if (old?.sessionId === sessionId) throw new ApiError({ code: 'conflict', message: `${p.name} staat al op dit toetsmoment.`, field: 'sessionId' });
      if (freeFor(row, kind, maxSize()) <= 0) {
        throw new ApiError({ code: 'conflict', message: `Geen vrije ${kind === 'touch' ? 'touchscreen-laptop' : 'laptop'} meer bij dit toetsmoment.`, field: 'sessionId' });
      }
      const weekStart = mondayOf(row.start.slice(0, 10));
      writeTx(db, () => {
        // Rebook: the old seat goes first, so the demand is reused.
        if (old) {
          db.prepare('DELETE FROM session_participants WHERE session_id = ? AND participant_id = ?').run(old.sessionId, p.id);
          reopenDemand(db, old.demandId);
          writeAudit(db, audit, 'delete', 'booking', p.id, { type: 'session', sessionId: old.sessionId, demandId: old.demandId });
        }
        const demand = ensureDemand(db, audit, p.id, 'toets', env.today());
        db.prepare('INSERT INTO session_participants (session_id, participant_id, demand_id) VALUES (?, ?, ?)').run(sessionId, p.id, demand.id);
        markDemandPlanned(db, demand.id);
        writeAudit(db, audit, 'create', 'booking', p.id, { type: 'session', sessionId, demandId: demand.id });
      });
      const wc = weekCheck(db, weekStart);
      // The booking is stored: compare against the week without it to find what it caused.
      const without = structuredClone(wc.plan);
      for (const s of without.sessions) if (s.id === sessionId) s.participants = s.participants.filter((x) => x !== p.id);
      const vs = candidateViolations({ ...wc, before: checkPlan(wc.instance, without).violations }, p, () => {});
      const partners = listParticipants(db).filter((x) => p.householdId && x.householdId === p.householdId && x.id !== p.id);
      events.emit({ type: 'week.changed', weekStart });
      const after = toetsSessions(db, 's.id = @id', { id: sessionId })[0]!;
      return { booked: toSlot(after, freeFor(after, kind, maxSize())), warnings: [...partnerWarnings(db, p, partners, row.start, row.end), ...toWarnings(vs)] };
    },
    'toets.cancel': ({ participantId }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const p = ownClient(db, me, participantId);
      const old = bookedToets(db, p.id);
      if (!old) return { cancelled: false };
      const audit = profileAudit(env, me, 'toets annuleren');
      const weekStart = (db.prepare('SELECT week_start AS w FROM sessions WHERE id = ?').get(old.sessionId) as { w: string }).w;
      writeTx(db, () => {
        db.prepare('DELETE FROM session_participants WHERE session_id = ? AND participant_id = ?').run(old.sessionId, p.id);
        reopenDemand(db, old.demandId);
        writeAudit(db, audit, 'delete', 'booking', p.id, { type: 'session', sessionId: old.sessionId, demandId: old.demandId });
      });
      events.emit({ type: 'week.changed', weekStart });
      return { cancelled: true };
    },
    'toets.requestSlot': ({ participantId, weekStart, note }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const p = ownClient(db, me, participantId);
      const id = randomUUID();
      writeTx(db, () => {
        // The request is answered by planning: a client without a toets step gets one, from the
        // requested week, so "Week plannen" includes them. A booked toets is left as it is.
        const hasStep = db.prepare("SELECT 1 FROM demands WHERE participant_id = ? AND kind = 'toets' AND status IN ('open', 'planned')").get(p.id);
        if (!hasStep) ensureDemand(db, profileAudit(env, me, 'verzoek extra toetsmoment'), p.id, 'toets', weekStart > env.today() ? weekStart : env.today());
        db.prepare(
          `INSERT INTO slot_requests (id, kind, participant_id, consultant_id, week_start, laptop_kind, note, created_at) VALUES (?, 'toets', ?, ?, ?, ?, ?, ?)`,
        ).run(id, p.id, me.id, weekStart, laptopKindFor(p.digitalSkill), note, nowOf(env));
        writeAudit(db, profileAudit(env, me, 'verzoek extra toetsmoment'), 'create', 'slot_request', id, { participantId: p.id, weekStart });
      });
      events.emit({ type: 'data.changed', area: 'requests' });
      return { request: requestRow(db, id) };
    },
    'requests.list': ({ status }) => {
      const ids = db
        .prepare(`SELECT id FROM slot_requests ${status === 'open' ? "WHERE status = 'open'" : ''} ORDER BY created_at, id`)
        .all() as { id: string }[];
      return { items: ids.map((r) => requestRow(db, r.id)) };
    },
    'requests.resolve': ({ requestId }, ctx) => {
      requestRow(db, requestId);
      writeTx(db, () => {
        db.prepare("UPDATE slot_requests SET status = 'done' WHERE id = ?").run(requestId);
        writeAudit(db, profileAudit(env, profileOf(ctx), 'verzoek afgehandeld'), 'update', 'slot_request', requestId, { fields: ['status'] });
      });
      events.emit({ type: 'data.changed', area: 'requests' });
      return { request: requestRow(db, requestId) };
    },
    'toets.rooms': ({ weekStart }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const certified = listConsultants(db).find((c) => c.id === me.id)?.toetsCertified ?? false;
      const open = weekIntervals(db, 'room', weekStart);
      const rooms = listRooms(db).filter((r) => r.kinds.includes('toets') && (open.get(r.id)?.length ?? 0) > 0);
      const names = new Map(
        (db.prepare('SELECT l.id, l.name, g.name AS gemeente FROM locations l JOIN gemeenten g ON g.id = l.gemeente_id').all() as { id: string; name: string; gemeente: string }[]).map((l) => [l.id, l]),
      );
      return {
        certified,
        rooms: rooms.map((r) => ({
          id: r.id,
          name: r.name,
          locationName: names.get(r.locationId)?.name ?? r.locationId,
          gemeente: names.get(r.locationId)?.gemeente ?? '',
          laptopsTouch: r.laptopsTouch,
          laptopsMouse: r.laptopsMouse,
        })),
      };
    },
    'toets.openSlot': ({ roomId, start }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const consultant = listConsultants(db).find((c) => c.id === me.id);
      if (!consultant?.toetsCertified) throw new ApiError({ code: 'forbidden', message: 'Alleen een gecertificeerde consulent kan een toetsmoment openen.' });
      const room = listRooms(db).find((r) => r.id === roomId);
      if (!room) throw new ApiError({ code: 'not_found', message: `Ruimte ${roomId} bestaat niet.`, field: 'roomId' });
      if (!room.kinds.includes('toets')) throw new ApiError({ code: 'conflict', message: `${room.name} is geen toetsruimte.`, field: 'roomId' });
      const region = getRegion(db);
      const minutes = region?.toets.minutes ?? 90;
      const date = start.slice(0, 10);
      if (date < env.today()) throw new ApiError({ code: 'invalid_input', message: 'Een toetsmoment kan niet in het verleden liggen.', field: 'start' });
      if (isoWeekday(date) > (region?.workingDays ?? 5)) throw new ApiError({ code: 'invalid_input', message: 'Kies een werkdag.', field: 'start' });
      const endMin = hhmmToMinutes(start.slice(11)) + minutes;
      const end = `${date}T${String(Math.floor(endMin / 60)).padStart(2, '0')}:${String(endMin % 60).padStart(2, '0')}`;
      const weekStart = mondayOf(date);
      const inside = (iv: { start: string; end: string }[] | undefined) => (iv ?? []).some((i) => i.start <= start && end <= i.end);
      if (!inside(weekIntervals(db, 'room', weekStart).get(roomId))) {
        throw new ApiError({ code: 'conflict', message: `${room.name} is dan niet open (${start.slice(11)}–${end.slice(11)}).`, field: 'start' });
      }
      if (!inside(weekIntervals(db, 'consultant', weekStart).get(me.id))) {
        throw new ApiError({ code: 'conflict', message: `U bent dan niet beschikbaar volgens uw rooster.`, field: 'start' });
      }
      const overlap = (col: string, id: string) =>
        db.prepare(`SELECT 1 FROM sessions WHERE ${col} = ? AND start_time < ? AND ? < end_time LIMIT 1`).get(id, end, start);
      if (overlap('room_id', roomId)) throw new ApiError({ code: 'conflict', message: `${room.name} is dan al bezet.`, field: 'start' });
      if (overlap('consultant_id', me.id)) throw new ApiError({ code: 'conflict', message: 'U heeft dan al een sessie.', field: 'start' });
      const id = createSession(db, profileAudit(env, me, 'toetsmoment openen'), {
        kind: 'toets',
        start,
        end,
        roomId,
        consultantId: me.id,
        interpreterId: null,
        language: null,
        status: 'accepted',
        pinned: true,
        participants: [],
      });
      events.emit({ type: 'week.changed', weekStart });
      const row = toetsSessions(db, 's.id = @id', { id })[0]!;
      return { slot: toSlot(row, row.touch + row.mouse) };
    },
  };
}
