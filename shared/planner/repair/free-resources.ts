// Which rooms, consultants and interpreters are free for a session at another time or place,
// read from the instance and the plan being repaired.
import { indexInstance, travelBetween } from '../index-instance';
import type { Instance, Plan, PlanSession } from '../spec';
import type { FixContext } from './types';

/** Inside one of the available intervals (times as SPEC strings, which sort as times). */
export const within = (avail: { start: string; end: string }[], start: string, end: string) => avail.some((a) => a.start <= start && end <= a.end);
const overlapsT = (a: { start: string; end: string }, start: string, end: string) => a.start < end && start < a.end;

export function busyElsewhere(plan: Plan, self: string, pick: (s: PlanSession) => string | null, id: string, start: string, end: string): boolean {
  return plan.sessions.some((o) => o.id !== self && pick(o) === id && overlapsT(o, start, end));
}

function roomFits(ctx: FixContext, s: PlanSession, roomId: string, start: string, end: string): boolean {
  const room = ctx.instance.rooms.find((r) => r.id === roomId);
  if (!room || !room.kinds.includes(s.kind)) return false;
  if (room.capacity < s.participants.length + 1 + (s.interpreterId ? 1 : 0)) return false;
  if (!within(room.available, start, end)) return false;
  return !busyElsewhere(ctx.plan, s.id, (o) => o.roomId, roomId, start, end);
}

/** Free rooms for the session at a time, its own room first, then the closest in size. */
export function freeRooms(ctx: FixContext, s: PlanSession, start: string, end: string): string[] {
  const need = s.participants.length + 1 + (s.interpreterId ? 1 : 0);
  return ctx.instance.rooms
    .filter((r) => roomFits(ctx, s, r.id, start, end))
    .sort((a, b) => +(b.id === s.roomId) - +(a.id === s.roomId) || a.capacity - need - (b.capacity - need) || a.id.localeCompare(b.id))
    .map((r) => r.id);
}

const busyCache = new WeakMap<Instance, Map<string, Instance['participants'][number]['busy']>>();
function busyOf(instance: Instance) {
  let m = busyCache.get(instance);
  if (!m) busyCache.set(instance, (m = new Map(instance.participants.map((p) => [p.id, p.busy]))));
  return m;
}

export function staffFree(ctx: FixContext, s: PlanSession, start: string, end: string): boolean {
  const c = ctx.instance.consultants.find((x) => x.id === s.consultantId);
  if (!c || !within(c.available, start, end) || busyElsewhere(ctx.plan, s.id, (o) => o.consultantId, c.id, start, end)) return false;
  if (s.interpreterId) {
    const t = ctx.instance.interpreters.find((x) => x.id === s.interpreterId);
    if (!t || !within(t.available, start, end) || busyElsewhere(ctx.plan, s.id, (o) => o.interpreterId, t.id, start, end)) return false;
  }
  const busy = busyOf(ctx.instance);
  return s.participants.every((pid) => !(busy.get(pid) ?? []).some((b) => overlapsT(b, start, end)));
}

export function roomLabel(ctx: FixContext, roomId: string): string {
  const r = ctx.instance.rooms.find((x) => x.id === roomId);
  const loc = r && ctx.instance.locations.find((l) => l.id === r.locationId);
  return r ? `${r.name}${loc ? ` (${loc.name})` : ''}` : roomId;
}

/** Travel minutes from a participant's home to a room, 0 when unknown (as in the checker). */
export function travelToRoom(ctx: FixContext, participantId: string, roomId: string): number {
  const idx = indexInstance(ctx.instance);
  const home = idx.participants.get(participantId)?.homeLocationId;
  const loc = idx.rooms.get(roomId)?.locationId;
  return (home && loc && travelBetween(idx, home, loc)) || 0;
}
