// SPEC rule 9, care for children (the household rule): while all adults of a household are away
// because of the plan (activities plus travel, together with their busy time), every child not
// already covered must sit in a booked childcare slot that fits its age; bookings respect free
// seats. The time care is needed is computed by household-care.ts, shared with the planner.
// Besides the violations, each gap is returned as data (CareGap) for the repair suggestions.
import { travelAt, type InstanceIndex } from '../../index-instance';
import { childCareNeed, awayAround, householdCareNeed, takesAge } from '../../household-care';
import { subtract, union } from '../../../domain/intervals';
import { ageInMonths, type Span } from '../../../domain/time';
import { ageNl, dateOf, listNl, locationName, plural, spanNl } from '../messages';
import type { Activity, CareGap, Resolved, RuleInput, Violation } from '../types';

/** When the participant leaves home and is back, for an activity (SPEC: travel before and after). */
export function awaySpan(idx: InstanceIndex, a: Activity): Span {
  const t = travelAt(idx, idx.home[a.pi], a.li) ?? 0;
  return awayAround(a.start, a.end, t, t);
}

export function checkHouseholdCare({ idx, resolved, bookings }: RuleInput, out: Violation[], gaps: CareGap[]): void {
  // Bookings: age fit and free seats; those that fit become cover per child.
  const coverByChild = new Map<string, Span[]>();
  for (const { childId, entry, provider, slot, slotStart } of bookings.valid) {
    const age = ageInMonths(entry.child.birthDate, slotStart.slice(0, 10));
    if (!takesAge(age, provider.ageMonthsMin, provider.ageMonthsMax)) {
      out.push({
        rule: 9,
        entities: [childId, entry.household.id, provider.id],
        message: `Kind ${childId} (huishouden ${entry.household.id}, ${ageNl(age)}) is op ${spanNl(slot.start, slot.end)} geboekt bij ${providerNl(idx, provider.id)}, maar die opvang is voor kinderen van ${provider.ageMonthsMin} tot en met ${provider.ageMonthsMax} maanden.`,
      });
      continue;
    }
    const c = coverByChild.get(childId);
    if (c) c.push({ start: slot.start, end: slot.end });
    else coverByChild.set(childId, [{ start: slot.start, end: slot.end }]);
  }
  for (const [slot, { providerId, children }] of bookings.perSlot) {
    if (children.length > slot.free) {
      out.push({
        rule: 9,
        entities: [providerId, ...children],
        message: `${providerNl(idx, providerId)} heeft op ${spanNl(slot.start, slot.end)} ${plural(slot.free, 'vrije plaats', 'vrije plaatsen')}, maar er ${children.length === 1 ? 'is' : 'zijn'} ${plural(children.length, 'kind', 'kinderen')} geboekt (${children.join(', ')}).`,
      });
    }
  }

  // Only households with an adult in the plan can need care from it.
  const touched = new Set<number>();
  for (const pi of resolved.active) {
    const hs = idx.careHouseholdsOfAdult[pi];
    if (hs) for (const h of hs) touched.add(h);
  }
  const people = idx.instance.participants;
  for (const hi of touched) {
    const { household: h, adults, children } = idx.careHouseholds[hi];
    const need = householdCareNeed(
      adults,
      (a) => {
        const acts = resolved.byParticipant[a];
        return acts ? union([...acts.map((act) => awaySpan(idx, act)), ...idx.busyMerged[a]]) : idx.busyMerged[a];
      },
      (a) => idx.busyMerged[a],
    );
    if (need.length === 0) continue;

    const names = adults.map((a) => people[a].name);
    const ids = adults.map((a) => people[a].id);
    const subject =
      names.length === 1 ? `${names[0]} (huishouden ${h.id}) is weg` : `${listNl(names)} (huishouden ${h.id}) zijn ${names.length === 2 ? 'allebei' : 'allemaal'} weg`;
    let sessionsAway: SessionAway[] | undefined;
    for (const { child, covered } of children) {
      let open = childCareNeed(need, covered);
      if (open.length === 0) continue;
      const cover = coverByChild.get(child.id);
      if (cover) open = subtract(open, union(cover));
      for (const gap of open) {
        const age = ageInMonths(child.birthDate, dateOf(gap.start));
        const violation: Violation = {
          rule: 9,
          entities: [...ids, h.id, child.id],
          message: `${subject} op ${spanNl(gap.start, gap.end)}; ${names.length === 1 ? 'het' : 'hun'} kind ${child.id} (${ageNl(age)}) heeft dan geen opvang.`,
        };
        out.push(violation);
        sessionsAway ??= adultSessionsAway(idx, resolved, adults);
        const inGap = sessionsAway.filter((x) => x.span.start < gap.end && gap.start < x.span.end);
        gaps.push({
          violation,
          householdId: h.id,
          childId: child.id,
          gap: { start: gap.start, end: gap.end },
          adults: ids,
          sessionIds: [...new Set(inGap.map((x) => x.sessionId))],
          sessionAdult: new Map(inGap.map((x) => [x.sessionId, x.adultId])),
        });
      }
    }
  }
}

interface SessionAway {
  sessionId: string;
  adultId: string;
  span: Span;
}

/** The adults' session participations (not seats) with their away spans, adults in order. */
function adultSessionsAway(idx: InstanceIndex, resolved: Resolved, adults: number[]): SessionAway[] {
  const out: SessionAway[] = [];
  for (const a of adults) {
    for (const act of resolved.byParticipant[a] ?? []) {
      if (act.kind !== 'groupInfo' && act.kind !== 'toets') continue;
      out.push({ sessionId: act.ref, adultId: act.participantId, span: awaySpan(idx, act) });
    }
  }
  return out;
}

const PROVIDER_KIND_NL = { kinderopvang: 'kinderopvang', vve: 'VVE', bso: 'BSO' } as const;

/** "VVE VVE-1 (Kinderopvang De Vlinder, Gorinchem)". */
function providerNl(idx: InstanceIndex, id: string): string {
  const p = idx.childcare.get(id);
  return p ? `${PROVIDER_KIND_NL[p.kind]} ${p.id} (${locationName(idx, p.locationId)})` : id;
}
