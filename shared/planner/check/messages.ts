// Dutch wording shared by the rule checks: coordinators read these sentences in the
// conflict panel, so they name people and places, never only ids.
import type { InstanceIndex } from '../index-instance';
import type { Minutes } from '../../domain/time';
import { KIND_NL, type SessionKind } from '../../domain/kinds';
import { DAY_NAMES_NL as DAY_NAMES, MONTH_NAMES_NL as MONTH_NAMES } from '../../domain/dutch-dates';
import { formatAge } from '../../messages/format';

/**
 * Calendar parts of a naive-clock minute count (domain/time.ts's toMinutes), by integer arithmetic:
 * messages are built for every violation on every check, and Date objects made that costly.
 */
function civil(m: Minutes): { y: number; mo: number; d: number; wd: number } {
  const days = Math.floor(m / 1440);
  // Howard Hinnant's civil_from_days.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mo = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (mo <= 2 ? 1 : 0);
  return { y, mo, d, wd: (((days + 4) % 7) + 7) % 7 };
}

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** "di 24 nov". */
export function dayNl(m: Minutes): string {
  const c = civil(m);
  return `${DAY_NAMES[c.wd]} ${c.d} ${MONTH_NAMES[c.mo - 1]}`;
}

/** "09:00". */
export function timeNl(m: Minutes): string {
  const t = ((m % 1440) + 1440) % 1440;
  return `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
}

/** "YYYY-MM-DD" of a minute count. */
export function dateOf(m: Minutes): string {
  const c = civil(m);
  return `${c.y}-${pad(c.mo)}-${pad(c.d)}`;
}

/** "di 24 nov 09:00–11:00", as dutch-dates.ts's formatSpanNl writes it. */
export function spanNl(start: Minutes, end: Minutes): string {
  return `${dayNl(start)} ${timeNl(start)}–${timeNl(end)}`;
}

/** "A", "A en B", "A, B en C". */
export function listNl(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

/** "groepsvoorlichting S3". */
export function sessionNl(s: { kind: SessionKind; id: string }): string {
  return `${KIND_NL[s.kind]} ${s.id}`;
}

export function personName(idx: InstanceIndex, participantId: string): string {
  return idx.participants.get(participantId)?.name ?? participantId;
}

export function locationName(idx: InstanceIndex, locationId: string): string {
  return idx.locations.get(locationId)?.name ?? locationId;
}

export function roomName(idx: InstanceIndex, roomId: string): string {
  const room = idx.rooms.get(roomId);
  if (!room) return roomId;
  return `${room.name}, ${locationName(idx, room.locationId)}`;
}

/** "2 jaar", "18 maanden", "1 maand": the one age rendering (`formatAge`), in Dutch. */
export function ageNl(months: number): string {
  return formatAge(months, 'nl');
}

/** "1 deelnemer", "3 deelnemers". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
