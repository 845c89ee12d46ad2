// Rule 9, the household rule: while all adults of a household are away because of the plan
// (activities plus travel, together with their busy time), every child not already covered
// must sit in a booked childcare slot that fits its age; bookings respect free seats.
import type { IndexedSlot, InstanceIndex } from '../index-instance';
import type { Plan } from '../spec';
import { ageInMonths, type Span } from '../../domain/time';
import { intersect, subtract, union } from '../../domain/intervals';
import { ageNl, dateOf, listNl, locationName, plural, spanNl } from './messages';
import { awaySpan } from './people';
import type { Resolved } from './resolve';
import type { Violation } from './types';

export function checkCare(idx: InstanceIndex, plan: Plan, resolved: Resolved, out: Violation[]): void {
  // Bookings: structure, age fit and free seats; valid ones become cover per child.
  const coverByChild = new Map<string, Span[]>();
  const perSlot = new Map<IndexedSlot, { providerId: string; children: string[] }>();
  for (const b of plan.childcare) {
    const entry = idx.children.get(b.childId);
    const provider = idx.childcare.get(b.childcareId);
    const slot = idx.childcareSlots.get(b.childcareId)?.get(b.slotStart);
    if (!entry) {
      out.push({ rule: 0, entities: [b.childId, b.childcareId], message: `Opvang is geboekt voor kind ${b.childId}, dat niet bestaat.` });
    }
    if (!provider) {
      out.push({ rule: 0, entities: [b.childId, b.childcareId], message: `Opvang is geboekt bij ${b.childcareId}, een opvang die niet bestaat.` });
    } else if (!slot) {
      out.push({
        rule: 0,
        entities: [b.childId, b.childcareId],
        message: `Opvang voor kind ${b.childId} is geboekt bij ${b.childcareId} op ${b.slotStart.replace('T', ' ')}, maar daar begint geen dagdeel.`,
      });
    }
    if (!entry || !provider || !slot) continue;
    const booked = perSlot.get(slot);
    if (booked?.children.includes(b.childId)) {
      out.push({
        rule: 0,
        entities: [b.childId, provider.id],
        message: `Kind ${b.childId} is twee keer geboekt bij ${provider.id} op ${spanNl(slot.start, slot.end)}.`,
      });
      continue;
    }
    if (booked) booked.children.push(b.childId);
    else perSlot.set(slot, { providerId: provider.id, children: [b.childId] });

    const age = ageInMonths(entry.child.birthDate, b.slotStart.slice(0, 10));
    if (age < provider.ageMonthsMin || age > provider.ageMonthsMax) {
      out.push({
        rule: 9,
        entities: [b.childId, entry.household.id, provider.id],
        message: `Kind ${b.childId} (huishouden ${entry.household.id}, ${ageNl(age)}) is op ${spanNl(slot.start, slot.end)} geboekt bij ${providerNl(idx, provider.id)}, maar die opvang is voor kinderen van ${provider.ageMonthsMin} tot en met ${provider.ageMonthsMax} maanden.`,
      });
      continue;
    }
    const c = coverByChild.get(b.childId);
    if (c) c.push({ start: slot.start, end: slot.end });
    else coverByChild.set(b.childId, [{ start: slot.start, end: slot.end }]);
  }
  for (const [slot, { providerId, children }] of perSlot) {
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
    let all: Span[] = [];
    let busyAll: Span[] = [];
    for (let k = 0; k < adults.length; k++) {
      const a = adults[k];
      const b = idx.busyMerged[a];
      const acts = resolved.byParticipant[a];
      const u = acts ? union([...acts.map((act) => awaySpan(idx, act)), ...b]) : b;
      all = k === 0 ? u : intersect(all, u);
      busyAll = k === 0 ? b : intersect(busyAll, b);
      if (all.length === 0) break;
    }
    if (all.length === 0) continue;
    const need = busyAll.length ? subtract(all, busyAll) : all;
    if (need.length === 0) continue;

    const names = adults.map((a) => people[a].name);
    const ids = adults.map((a) => people[a].id);
    const subject =
      names.length === 1
        ? `${names[0]} (huishouden ${h.id}) is weg`
        : `${listNl(names)} (huishouden ${h.id}) zijn ${names.length === 2 ? 'allebei' : 'allemaal'} weg`;
    for (const { child, covered } of children) {
      let open = covered.length ? subtract(need, covered) : need;
      if (open.length === 0) continue;
      const cover = coverByChild.get(child.id);
      if (cover) open = subtract(open, union(cover));
      for (const gap of open) {
        const age = ageInMonths(child.birthDate, dateOf(gap.start));
        out.push({
          rule: 9,
          entities: [...ids, h.id, child.id],
          message: `${subject} op ${spanNl(gap.start, gap.end)}; ${names.length === 1 ? 'het' : 'hun'} kind ${child.id} (${ageNl(age)}) heeft dan geen opvang.`,
        });
      }
    }
  }
}

const PROVIDER_KIND_NL = { kinderopvang: 'kinderopvang', vve: 'VVE', bso: 'BSO' } as const;

/** "VVE VVE-1 (Kinderopvang De Vlinder, Gorinchem)". */
function providerNl(idx: InstanceIndex, id: string): string {
  const p = idx.childcare.get(id);
  return p ? `${PROVIDER_KIND_NL[p.kind]} ${p.id} (${locationName(idx, p.locationId)})` : id;
}
