// A fix applied to a copy of the plan: a session changed, or a childcare seat booked.
import type { FixAction } from '../../api/contract';
import { fromMinutes, toMinutes } from '../../domain/time';
import type { Plan } from '../spec';

export function applyAction(plan: Plan, action: FixAction): Plan {
  if (action.type === 'bookChildcare') {
    return { ...plan, childcare: [...plan.childcare, { childId: action.childId, childcareId: action.childcareId, slotStart: action.slotStart }] };
  }
  const c = action.change;
  return {
    ...plan,
    sessions: plan.sessions.map((s) => {
      if (s.id !== c.sessionId) return s;
      const dur = toMinutes(s.end) - toMinutes(s.start);
      const start = c.start ?? s.start;
      const end = c.end ?? (c.start ? fromMinutes(toMinutes(c.start) + dur) : s.end);
      const remove = new Set(c.removeParticipantIds ?? []);
      return {
        ...s,
        start,
        end,
        roomId: c.roomId ?? s.roomId,
        consultantId: c.consultantId ?? s.consultantId,
        interpreterId: c.interpreterId === undefined ? s.interpreterId : c.interpreterId,
        participants: [...s.participants.filter((p) => !remove.has(p)), ...(c.addParticipantIds ?? [])],
      };
    }),
  };
}
