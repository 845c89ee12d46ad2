// The plan's childcare bookings checked for structure (rule 0): the child, the provider and a
// day-part starting at the booked time exist, and a child is booked once per day-part. What is
// left is what the household rule (rule 9) judges.
import type { Plan } from '../spec';
import type { InstanceIndex } from '../index-instance';
import { spanNl } from './messages';
import type { ResolvedBookings, Violation } from './types';

export function resolveBookings(idx: InstanceIndex, plan: Plan, out: Violation[]): ResolvedBookings {
  const valid: ResolvedBookings['valid'] = [];
  const perSlot: ResolvedBookings['perSlot'] = new Map();
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
    valid.push({ childId: b.childId, entry, provider, slot, slotStart: b.slotStart });
  }
  return { valid, perSlot };
}
