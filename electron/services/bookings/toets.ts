// Toets booking by the consultant: only sessions with a certified consultant and a free laptop
// of the kind the client needs (SPEC rule 5, shared/domain/toets-laptops.ts); a certified
// consultant may open a slot in a free room. When nothing fits, the consultant asks the
// coordinator for a slot (requests/toets-slot-requests.ts).
import type { Handlers } from '../../../shared/api/dispatch';
import { fromMinutes, toMinutes } from '../../../shared/domain/time';
import { ApiError, invalidInput } from '../../../shared/api/errors';
import { offGridProblem } from '../../../shared/domain/grid';
import type { ApiCtx } from '../../../shared/api/access';
import type { ToetsSlot } from '../../../shared/api/contract';
import { laptopKindFor } from '../../../shared/domain/kinds';
import { freeLaptopsFor } from '../../../shared/domain/toets-laptops';
import { isoWeekday, mondayOf } from '../../../shared/domain/week';
import { holidayClosedMsg, holidayOn, withoutHolidays } from '../../../shared/domain/holidays';
import { writeTx } from '../../../db/tx';
import { writeAudit } from '../../../db/repositories/audit';
import { listParticipants } from '../../../db/repositories/participants';
import { createSession } from '../../../db/repositories/sessions';
import { ensureOpenDemand, markDemandPlanned, reopenDemand } from '../../../db/repositories/demands';
import { getRegion, listConsultants, listLocations, listRooms } from '../../../db/repositories/region';
import { weekIntervals } from '../../../db/repositories/availability';
import { getToetsSession, hasOverlappingSession, listToetsSessions, type ToetsSessionRow } from '../../../db/repositories/toets-slots';
import { addSessionSeat, bookedToetsSeat, removeSessionSeat, sessionWeekStart } from '../../../db/repositories/session-seats';
import type { ServiceDeps } from '../context';
import {
  overrideDetails,
  partnerWarnings,
  planChangeViolations,
  sentences,
  storedViolations,
  toWarnings,
  weekCheck,
  wouldWarnings,
  type HouseholdWarning,
  type WeekCheck,
} from './household-warnings';
import { msg, p as param, renderMsg, type Msg } from '../../../shared/messages';
import type { Participant } from '../../../db/repositories/participants';
import { bookingClient, requireProfile } from '../caller';
import { profileAudit } from '../audit/profile-audit';

function toSlot(r: ToetsSessionRow, free: number, problems: HouseholdWarning[] = []): ToetsSlot {
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
    problems,
  };
}

/**
 * What seating the client at this toets session would break (SPEC rules 1 and 9: the client's
 * own other activities and busy times, the care of the household's children), checked on the
 * stored week; an existing toets seat of the client is taken out first (a rebook moves it).
 */
function toetsProblems(wc: WeekCheck, p: Participant, sessionId: string, oldSessionId: string | null): HouseholdWarning[] {
  const vs = planChangeViolations(wc, p, (plan) => {
    for (const s of plan.sessions) {
      if (s.id === oldSessionId) s.participants = s.participants.filter((x) => x !== p.id);
      if (s.id === sessionId && !s.participants.includes(p.id)) s.participants = [...s.participants, p.id];
    }
  });
  return toWarnings(vs);
}

export function toetsHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, 'toets.slots' | 'toets.book' | 'toets.cancel' | 'toets.rooms' | 'toets.openSlot'> {
  const maxSize = () => getRegion(db)?.toets.maxSize ?? null;
  return {
    'toets.slots': ({ participantId, weekStart }, ctx) => {
      const { me, p } = bookingClient(db, ctx, participantId);
      const kind = laptopKindFor(p.digitalSkill);
      const today = env.today();
      // A slot opened on a public holiday is not offered: the building is closed.
      const rows = withoutHolidays(listToetsSessions(db, weekStart, today));
      const booked = bookedToetsSeat(db, p.id);
      const mine = booked ? getToetsSession(db, booked.sessionId) : null;
      const fitting = rows.filter((r) => r.certified && r.id !== booked?.sessionId && freeLaptopsFor(r, kind, maxSize()) > 0);
      // Each slot says, before the consultant chooses, what it would break.
      const wc = fitting.length > 0 ? weekCheck(db, weekStart) : null;
      const slots = fitting.map((r) => toSlot(r, freeLaptopsFor(r, kind, maxSize()), wc ? wouldWarnings(toetsProblems(wc, p, r.id, booked?.sessionId ?? null)) : []));
      let reasonMsg: Msg | null = null;
      if (slots.length === 0) {
        if (rows.length === 0) reasonMsg = msg('booking.toets.noneThisWeek');
        else if (rows.every((r) => !r.certified)) reasonMsg = msg('booking.toets.noCertified');
        else reasonMsg = msg(kind === 'touch' ? 'booking.toets.allFullTouch' : 'booking.toets.allFull');
      }
      const reason = reasonMsg ? renderMsg(reasonMsg, 'nl') : null;
      writeAudit(db, profileAudit(env, me, 'toets boeken'), 'view', 'participant', p.id, { weekStart });
      return { laptopKind: kind, slots, reason, reasonMsg, booked: mine ? toSlot(mine, freeLaptopsFor(mine, kind, maxSize())) : null };
    },
    'toets.book': ({ participantId, sessionId, override }, ctx) => {
      const { me, p } = bookingClient(db, ctx, participantId);
      const audit = profileAudit(env, me, 'toets boeken');
      const kind = laptopKindFor(p.digitalSkill);
      // Checked inside the transaction that books: another window or process may have taken the
      // last laptop since the slots were shown.
      const row = writeTx(db, () => {
        const row = getToetsSession(db, sessionId);
        if (!row) throw new ApiError({ code: 'not_found', msg: msg('booking.toets.gone'), field: 'sessionId' });
        if (!row.certified) throw new ApiError({ code: 'conflict', msg: msg('booking.toets.notCertified'), field: 'sessionId' });
        const old = bookedToetsSeat(db, p.id);
        if (old?.sessionId === sessionId) throw new ApiError({ code: 'conflict', msg: msg('booking.toets.alreadyOn', { who: param.person(p.name) }), field: 'sessionId' });
        if (freeLaptopsFor(row, kind, maxSize()) <= 0) {
          throw new ApiError({ code: 'conflict', msg: msg(kind === 'touch' ? 'booking.toets.noTouchLaptop' : 'booking.toets.noLaptop'), field: 'sessionId' });
        }
        // A slot that breaks a hard rule is booked only with "Toch boeken" and a reason.
        const problems = toetsProblems(weekCheck(db, mondayOf(row.start.slice(0, 10))), p, sessionId, old?.sessionId ?? null);
        if (problems.length > 0 && !override) {
          throw new ApiError({
            code: 'conflict',
            field: 'sessionId',
            msg: msg('booking.toets.doesNotFit', { problems: sentences(wouldWarnings(problems)) }),
          });
        }
        // Rebook: the old seat goes first, so the demand is reused.
        if (old) {
          removeSessionSeat(db, old.sessionId, p.id);
          reopenDemand(db, old.demandId);
          writeAudit(db, audit, 'delete', 'booking', p.id, { type: 'session', sessionId: old.sessionId, demandId: old.demandId });
        }
        const demand = ensureOpenDemand(db, audit, p.id, 'toets', env.today());
        addSessionSeat(db, sessionId, p.id, demand.id);
        markDemandPlanned(db, demand.id);
        writeAudit(db, audit, 'create', 'booking', p.id, {
          type: 'session',
          sessionId,
          demandId: demand.id,
          ...(problems.length > 0 && override ? { override: overrideDetails(override.reason, problems) } : {}),
        });
        return row;
      });
      const weekStart = mondayOf(row.start.slice(0, 10));
      const wc = weekCheck(db, weekStart);
      // The booking is stored: compare against the week without it to find what it caused.
      const without = structuredClone(wc.plan);
      for (const s of without.sessions) if (s.id === sessionId) s.participants = s.participants.filter((x) => x !== p.id);
      const vs = storedViolations(wc, p, without);
      const partners = listParticipants(db).filter((x) => p.householdId && x.householdId === p.householdId && x.id !== p.id);
      events.emit({ type: 'week.changed', weekStart });
      const after = getToetsSession(db, sessionId)!;
      return { booked: toSlot(after, freeLaptopsFor(after, kind, maxSize())), warnings: [...partnerWarnings(db, p, partners, row.start, row.end), ...toWarnings(vs)] };
    },
    'toets.cancel': ({ participantId }, ctx) => {
      const { me, p } = bookingClient(db, ctx, participantId);
      const audit = profileAudit(env, me, 'toets annuleren');
      // Read inside the transaction: another window may have cancelled (and rebooked) meanwhile.
      const weekStart = writeTx(db, () => {
        const old = bookedToetsSeat(db, p.id);
        if (!old) return null;
        // The seat's session exists (the seat references it).
        const week = sessionWeekStart(db, old.sessionId)!;
        removeSessionSeat(db, old.sessionId, p.id);
        reopenDemand(db, old.demandId);
        writeAudit(db, audit, 'delete', 'booking', p.id, { type: 'session', sessionId: old.sessionId, demandId: old.demandId });
        return week;
      });
      if (!weekStart) return { cancelled: false };
      events.emit({ type: 'week.changed', weekStart });
      return { cancelled: true };
    },
    'toets.rooms': ({ weekStart }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const certified = listConsultants(db).find((c) => c.id === me.id)?.toetsCertified ?? false;
      const open = weekIntervals(db, 'room', weekStart);
      const rooms = listRooms(db).filter((r) => r.kinds.includes('toets') && (open.get(r.id)?.length ?? 0) > 0);
      const names = new Map(listLocations(db).map((l) => [l.id, l]));
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
      if (!consultant?.toetsCertified) throw new ApiError({ code: 'forbidden', msg: msg('booking.toets.onlyCertifiedOpen') });
      const room = listRooms(db).find((r) => r.id === roomId);
      if (!room) throw new ApiError({ code: 'not_found', msg: msg('booking.toets.roomGone'), field: 'roomId' });
      if (!room.kinds.includes('toets')) throw new ApiError({ code: 'conflict', msg: msg('booking.toets.notToetsRoom', { room: room.name }), field: 'roomId' });
      const region = getRegion(db);
      const minutes = region?.toets.minutes ?? 90;
      const date = start.slice(0, 10);
      if (date < env.today()) throw new ApiError({ code: 'invalid_input', msg: msg('booking.toets.inPast'), field: 'start' });
      if (isoWeekday(date) > (region?.workingDays ?? 5)) throw new ApiError({ code: 'invalid_input', msg: msg('booking.toets.workday'), field: 'start' });
      const holiday = holidayOn(date);
      if (holiday) throw new ApiError({ code: 'invalid_input', msg: holidayClosedMsg(holiday), field: 'start' });
      // A new session starts on the grid (SPEC rule 10) and ends on its own day.
      const offGrid = region ? offGridProblem(start, region) : null;
      if (offGrid) throw invalidInput('start', offGrid);
      const end = fromMinutes(toMinutes(start) + minutes);
      if (end.slice(0, 10) !== date) throw invalidInput('start', `een toetsmoment van ${minutes} minuten dat om ${start.slice(11)} begint, loopt door na middernacht.`);
      const weekStart = mondayOf(date);
      const inside = (iv: { start: string; end: string }[] | undefined) => (iv ?? []).some((i) => i.start <= start && end <= i.end);
      if (!inside(weekIntervals(db, 'room', weekStart).get(roomId))) {
        throw new ApiError({
          code: 'conflict',
          msg: msg('booking.toets.roomClosed', { room: room.name, from: param.time(start.slice(11)), to: param.time(end.slice(11)) }),
          field: 'start',
        });
      }
      if (!inside(weekIntervals(db, 'consultant', weekStart).get(me.id))) {
        throw new ApiError({ code: 'conflict', msg: msg('booking.toets.youUnavailable'), field: 'start' });
      }
      // Checked inside the transaction that opens the slot: another window or process may have
      // taken the room, or this consultant, for that time since the rooms were shown.
      const id = writeTx(db, () => {
        if (hasOverlappingSession(db, 'room', roomId, start, end))
          throw new ApiError({ code: 'conflict', msg: msg('booking.toets.roomTaken', { room: room.name }), field: 'start' });
        if (hasOverlappingSession(db, 'consultant', me.id, start, end)) throw new ApiError({ code: 'conflict', msg: msg('booking.toets.youBusy'), field: 'start' });
        return createSession(db, profileAudit(env, me, 'toetsmoment openen'), {
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
      });
      events.emit({ type: 'week.changed', weekStart });
      const row = getToetsSession(db, id)!;
      // A new slot is empty: every laptop is free.
      return { slot: toSlot(row, row.laptopsTouch + row.laptopsMouse) };
    },
  };
}
