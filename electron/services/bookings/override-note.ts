// A booking made with "Toch boeken", as the consultant reads it afterwards: what it breaks, the
// reason given, who booked it and when (shown on the caseload and on the client's page).
import type { Db } from '../../../db/connection';
import { bookingOverridesOf, type BookingOverride } from '../../../db/repositories/booking-overrides';
import { listConsultants, listSchools } from '../../../db/repositories/region';
import { actorMsg } from '../../../shared/domain/people-history';
import { utcToAmsterdam } from '../../../shared/domain/amsterdam-time';
import { msg, p as param, renderMsg, type Msg } from '../../../shared/messages';
import { sentences, type HouseholdWarning } from './household-warnings';

export interface OverrideNote {
  reason: string;
  /** "Geboekt ondanks: … Reden: … (wie, wanneer)." */
  msg: Msg;
  /** The same in Dutch. */
  note: string;
}

export function overrideNoteOf(o: BookingOverride, names: { consultants: Map<string, string>; schools: Map<string, string> }): OverrideNote {
  const problems: HouseholdWarning[] = o.msgs
    ? o.msgs.map((m) => ({ kind: 'busy', message: renderMsg(m, 'nl'), msg: m }))
    : o.problems.map((text) => ({ kind: 'busy', message: text }));
  const local = utcToAmsterdam(o.at);
  const m = msg('booking.override.note', {
    problems: problems.length > 0 ? sentences(problems) : param.msg(msg('booking.problem')),
    reason: o.reason,
    who: param.msg(actorMsg(o.actor, names)),
    when: param.msg(msg('changes.atDay', { date: param.date(local.slice(0, 10), true), time: param.time(local.slice(11, 16)) })),
  });
  return { reason: o.reason, msg: m, note: renderMsg(m, 'nl') };
}

/** The notes of one participant's bookings, by step (demand id); read once per participant. */
export function overrideNotesOf(db: Db, participantId: string): Map<string, OverrideNote> {
  const overrides = bookingOverridesOf(db, participantId);
  const out = new Map<string, OverrideNote>();
  if (overrides.size === 0) return out;
  const names = { consultants: new Map(listConsultants(db).map((c) => [c.id, c.name])), schools: new Map(listSchools(db).map((s) => [s.id, s.name])) };
  for (const [demandId, o] of overrides) out.set(demandId, overrideNoteOf(o, names));
  return out;
}
