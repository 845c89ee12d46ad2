// The plan's childcare bookings checked for structure (rule 0): the child, the provider and a
// day-part starting at the booked time exist, and a child is booked once per day-part. What is
// left is what the household rule (rule 9) judges.
import type { Plan } from '../spec';
import type { InstanceIndex } from '../index-instance';
import { msg, p } from '../../messages';
import { ageInMonths, toMinutes } from '../../domain/time';
import { childOfP, momentP, providerP, spanP, violation } from './msg-params';
import type { ResolvedBookings, Violation } from './types';

export function resolveBookings(idx: InstanceIndex, plan: Plan, out: Violation[]): ResolvedBookings {
  const valid: ResolvedBookings['valid'] = [];
  const perSlot: ResolvedBookings['perSlot'] = new Map();
  for (const b of plan.childcare) {
    const entry = idx.children.get(b.childId);
    const provider = idx.childcare.get(b.childcareId);
    const slot = idx.childcareSlots.get(b.childcareId)?.get(b.slotStart);
    const child = () => (entry ? childOfP(idx, b.childId, ageInMonths(entry.child.birthDate, b.slotStart.slice(0, 10)), entry.household.adults) : p.text(b.childId));
    if (!entry) {
      out.push(violation(0, [b.childId, b.childcareId], msg('check.r0.unknownChild', { id: b.childId })));
    }
    if (!provider) {
      out.push(violation(0, [b.childId, b.childcareId], msg('check.r0.unknownProvider', { id: b.childcareId })));
    } else if (!slot) {
      out.push(
        violation(0, [b.childId, b.childcareId], msg('check.r0.noDaypart', { child: child(), provider: providerP(idx, provider.id), moment: momentP(toMinutes(b.slotStart)) })),
      );
    }
    if (!entry || !provider || !slot) continue;
    const booked = perSlot.get(slot);
    if (booked?.children.includes(b.childId)) {
      out.push(violation(0, [b.childId, provider.id], msg('check.r0.careTwice', { child: child(), provider: providerP(idx, provider.id), when: spanP(slot.start, slot.end) })));
      continue;
    }
    if (booked) booked.children.push(b.childId);
    else perSlot.set(slot, { providerId: provider.id, children: [b.childId] });
    valid.push({ childId: b.childId, entry, provider, slot, slotStart: b.slotStart });
  }
  return { valid, perSlot };
}
