// The startklas intake moments a client can be booked in: each intake's weekly times in the
// coming weeks, with the seats still free, and the client's own next intake.
import { expandWeek } from '../../../shared/domain/availability';
import { withoutHolidays } from '../../../shared/domain/holidays';
import { addDays, daysBetween, mondayOf } from '../../../shared/domain/week';
import type { Db } from '../../../db/connection';
import { listLocations, listStartklasIntakes } from '../../../db/repositories/region';
import { countIntakeBookings, nextIntakeBookingOf } from '../../../db/repositories/bookings';
import { cancelledIntakeMoments, intakeMomentKey } from '../../../db/repositories/moments';

/** How far ahead a free intake seat is looked for before the client goes on the waiting list. */
const INTAKE_HORIZON_WEEKS = 4;

export interface IntakeMoment {
  intakeId: string;
  date: string;
  start: string;
  end: string;
  locationName: string;
  seats: number;
}

/**
 * Intake moments after `today` within the horizon (the weeks of INTAKE_HORIZON_WEEKS, or up to and
 * including `until`: a person's window, shared/domain/intake-window.ts), in time order; a cancelled
 * one (moment.cancel) left out.
 */
export function intakeMoments(db: Db, today: string, until?: string): IntakeMoment[] {
  const names = new Map(listLocations(db).map((l) => [l.id, l.name]));
  const cancelled = cancelledIntakeMoments(db);
  const out: IntakeMoment[] = [];
  const first = mondayOf(today);
  const weeks = until === undefined ? INTAKE_HORIZON_WEEKS : Math.floor(daysBetween(first, until) / 7) + 1;
  for (const i of listStartklasIntakes(db)) {
    for (let w = 0; w < weeks; w++) {
      // No intake on a public holiday.
      for (const m of withoutHolidays(expandWeek([i], [], addDays(first, 7 * w), 7))) {
        if (m.start.slice(0, 10) <= today || cancelled.has(intakeMomentKey({ intakeId: i.id, date: m.start.slice(0, 10) }))) continue;
        if (until !== undefined && m.start.slice(0, 10) > until) continue;
        out.push({ intakeId: i.id, date: m.start.slice(0, 10), start: m.start, end: m.end, locationName: names.get(i.locationId) ?? i.locationId, seats: i.seats });
      }
    }
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.intakeId.localeCompare(b.intakeId)));
}

/** The first intake moment with a free seat, if any within the horizon. */
export function nextFreeIntake(db: Db, today: string): IntakeMoment | null {
  return intakeMoments(db, today).find((m) => countIntakeBookings(db, m.intakeId, m.date) < m.seats) ?? null;
}

/** Every intake moment with a free seat within the horizon, in time order. */
export function freeIntakes(db: Db, today: string): IntakeMoment[] {
  return intakeMoments(db, today).filter((m) => countIntakeBookings(db, m.intakeId, m.date) < m.seats);
}

/** The client's booked intake after today. */
export function currentIntake(db: Db, participantId: string, today: string): (IntakeMoment & { bookingId: number; demandId: string }) | null {
  const row = nextIntakeBookingOf(db, participantId, today);
  if (!row) return null;
  const m = intakeMoments(db, addDays(row.date, -1)).find((x) => x.intakeId === row.intakeId && x.date === row.date);
  return m ? { ...m, bookingId: row.id, demandId: row.demandId } : null;
}

/** The moment as the API names it. */
export const intakeRef = (m: IntakeMoment) => ({ intakeId: m.intakeId, date: m.date, start: m.start, end: m.end, locationName: m.locationName });
