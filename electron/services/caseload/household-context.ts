// The household context a consultant weighs when booking (SPEC rules 1 and 9): the partners'
// appointments, and per child its age, whether it needs care and who looks after it when.
import type { CaseloadItem } from '../../../shared/api/contract';
import { expandWeek } from '../../../shared/domain/availability';
import { addDays } from '../../../shared/domain/week';
import { ageInMonths } from '../../../shared/domain/time';
import { needsCareOn } from '../../../shared/planner/household-care';
import type { Db } from '../../../db/connection';
import { householdAdultsOutside, listChildren, type Participant } from '../../../db/repositories/participants';
import { appointmentsOf } from '../../../db/repositories/appointments';
import { listChildcareBookingsOf } from '../../../db/repositories/bookings';
import { listWeeklyTimes } from '../../../db/repositories/availability';

/** How far ahead the household context looks: this week and the next. */
const CONTEXT_DAYS = 14;

type CareItem = { providerName: string; kind: 'kinderopvang' | 'vve' | 'bso' | 'school'; start: string; end: string };

/**
 * Booked childcare of a child in the two weeks the partners' appointments cover (this week and
 * the next, which the planner fills first), and the weekly school hours, in time order.
 */
function childCare(db: Db, childId: string, weekStart: string): CareItem[] {
  const booked = [...listChildcareBookingsOf(db, childId, weekStart), ...listChildcareBookingsOf(db, childId, addDays(weekStart, 7))];
  const school = listWeeklyTimes(db, { kind: 'child', id: childId });
  const covered = expandWeek(school, [], weekStart, 5).map((i) => ({ providerName: 'School', kind: 'school' as const, start: i.start, end: i.end }));
  return [...booked, ...covered].sort((a, b) => (a.start < b.start ? -1 : 1));
}

/** Null for a client on their own (no partner in the programme and no children). */
export function householdContext(db: Db, p: Participant, everyone: Map<string, Participant>, weekStart: string, today: string): CaseloadItem['household'] {
  if (!p.householdId) return null;
  const partners = [...everyone.values()].filter((x) => x.householdId === p.householdId && x.id !== p.id);
  const children = listChildren(db, p.householdId);
  const adultsOutside = householdAdultsOutside(db, p.householdId);
  if (partners.length === 0 && children.length === 0) return null;
  return {
    partners: partners.map((x) => ({ id: x.id, name: x.name, appointments: appointmentsOf(db, x.id, weekStart, CONTEXT_DAYS) })),
    adultsOutside: adultsOutside ?? 0,
    children: children.map((c) => {
      const ageMonths = Math.max(0, ageInMonths(c.birthDate, today));
      // The same age rule as the week's check (household-care.ts), on the week shown.
      return {
        id: c.id,
        givenName: c.givenName,
        ageMonths,
        needsCare: needsCareOn(c.birthDate, weekStart),
        care: childCare(db, c.id, weekStart),
      };
    }),
  };
}
