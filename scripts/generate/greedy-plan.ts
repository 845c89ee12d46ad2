// A quick greedy plan for a generated week, for benchmarks and tests of the checker: seats
// first, then toets and language groups in free rooms. It keeps participants an hour apart and
// skips households with young children, which gives a realistic, mostly conflict-free load.
// It is no planner (see shared/planner/plan for that).
import type { SessionKind } from '../../shared/domain/kinds';
import type { Instance, Plan } from '../../shared/planner/spec';
import { fromMinutes, toMinutes } from '../../shared/domain/time';

export function greedyPlan(instance: Instance): Plan {
  const taken = new Map<string, { start: number; end: number }[]>();
  for (const p of instance.participants)
    taken.set(
      p.id,
      p.busy.map((b) => ({ start: toMinutes(b.start) - 60, end: toMinutes(b.end) + 60 })),
    );
  // Parents of school children only while school is in (with travel to spare), so the
  // household rule rarely bites; parents of young children are skipped altogether.
  const parents = new Set(instance.households.filter((h) => h.children.length > 0).flatMap((h) => h.adults));
  const schoolHours = (start: number, end: number) => {
    const day = Math.floor(start / 1440);
    const weekday = (day + 4) % 7; // 1 = Monday
    return weekday !== 3 && start - day * 1440 >= 9 * 60 + 30 && end - day * 1440 <= 13 * 60 + 30;
  };
  const free = (pid: string, start: number, end: number) => (!parents.has(pid) || schoolHours(start, end)) && taken.get(pid)!.every((b) => end <= b.start || b.end <= start);
  const take = (pid: string, start: number, end: number) => taken.get(pid)!.push({ start: start - 60, end: end + 60 });
  const people = new Map(instance.participants.map((p) => [p.id, p]));
  const demandById = new Map(instance.demands.map((d) => [d.id, d]));
  const youngKids = new Set(instance.households.filter((h) => h.children.some((c) => c.covered.length === 0)).flatMap((h) => h.adults));
  const plan: Plan = { version: 1, sessions: [], seats: [], childcare: [], unplanned: [] };
  const met = new Set<string>();

  const seatsLeft = new Map<string, number>();
  for (const d of instance.demands) {
    if (youngKids.has(d.participantId)) continue;
    const p = people.get(d.participantId)!;
    if (d.kind === 'trialLesson') {
      for (const c of instance.classes) {
        if (c.schoolId !== d.schoolId || (p.routeIndication && c.route !== p.routeIndication)) continue;
        const s = c.sessions.find((s) => {
          const left = seatsLeft.get(`${c.id}|${s.start}`) ?? c.trialSeats;
          return left > 0 && s.start >= d.earliest && free(p.id, toMinutes(s.start), toMinutes(s.end));
        });
        if (!s) continue;
        seatsLeft.set(`${c.id}|${s.start}`, (seatsLeft.get(`${c.id}|${s.start}`) ?? c.trialSeats) - 1);
        take(p.id, toMinutes(s.start), toMinutes(s.end));
        plan.seats.push({ participantId: p.id, demandId: d.id, classId: c.id, start: s.start });
        met.add(d.id);
        break;
      }
    } else if (d.kind === 'startklasIntake') {
      const k = instance.startklasIntakes.find((k) => (seatsLeft.get(k.id) ?? k.seats) > 0 && k.start >= d.earliest && free(p.id, toMinutes(k.start), toMinutes(k.end)));
      if (k) {
        seatsLeft.set(k.id, (seatsLeft.get(k.id) ?? k.seats) - 1);
        take(p.id, toMinutes(k.start), toMinutes(k.end));
        plan.seats.push({ participantId: p.id, demandId: d.id, intakeId: k.id });
        met.add(d.id);
      }
    }
  }

  const roomBusy = new Map<string, { start: number; end: number }[]>();
  const staffBusy = new Map<string, { start: number; end: number }[]>();
  const clear = (m: Map<string, { start: number; end: number }[]>, id: string, start: number, end: number) => (m.get(id) ?? []).every((b) => end <= b.start || b.end <= start);
  const book = (m: Map<string, { start: number; end: number }[]>, id: string, start: number, end: number) => {
    const l = m.get(id);
    if (l) l.push({ start, end });
    else m.set(id, [{ start, end }]);
  };
  const within = (avail: { start: string; end: string }[], start: string, end: string) => avail.some((a) => a.start <= start && end <= a.end);
  const times = ['09:00', '11:15', '13:30'];

  const open = (kind: SessionKind) => instance.demands.filter((d) => d.kind === kind && !youngKids.has(d.participantId));
  let sid = 0;
  const trySessions = (kind: SessionKind, groups: Map<string | null, string[]>) => {
    const minutes = instance.activity[kind].minutes;
    for (const [language, demandIds] of groups) {
      let queue = [...demandIds];
      for (const room of instance.rooms) {
        if (!room.kinds.includes(kind)) continue;
        for (const a of room.available) {
          for (const hhmm of times) {
            if (queue.length < (kind === 'groupInfo' ? instance.activity.groupInfo.minSize : 1)) break;
            const startStr = `${a.start.slice(0, 10)}T${hhmm}`;
            const start = toMinutes(startStr);
            const end = start + minutes;
            const endStr = fromMinutes(end);
            if (!within(room.available, startStr, endStr) || !clear(roomBusy, room.id, start, end)) continue;
            const consultant = instance.consultants.find(
              (c) => within(c.available, startStr, endStr) && clear(staffBusy, c.id, start, end) && (kind === 'groupInfo' || c.toetsCertified),
            );
            if (!consultant) continue;
            let interpreterId: string | null = null;
            if (kind === 'groupInfo' && !consultant.languages.includes(language!)) {
              const t = instance.interpreters.find((t) => t.languages.includes(language!) && within(t.available, startStr, endStr) && clear(staffBusy, t.id, start, end));
              if (!t) continue;
              interpreterId = t.id;
            }
            const cap =
              kind === 'toets'
                ? Math.min(room.laptopsTouch + room.laptopsMouse, room.capacity - 1, instance.activity.toets.maxSize ?? Infinity)
                : Math.min(instance.activity.groupInfo.maxSize, room.capacity - 2);
            const chosen: string[] = [];
            let touch = 0;
            const rest: string[] = [];
            for (const did of queue) {
              const d = demandById.get(did)!;
              const p = people.get(d.participantId)!;
              const needsTouch = p.digitalSkill !== 'good';
              if (chosen.length < cap && d.earliest <= startStr && free(p.id, start, end) && (!needsTouch || kind !== 'toets' || touch < room.laptopsTouch)) {
                chosen.push(did);
                if (needsTouch) touch++;
              } else rest.push(did);
            }
            if (kind === 'groupInfo' && chosen.length < instance.activity.groupInfo.minSize) continue;
            if (chosen.length === 0) continue;
            queue = rest;
            book(roomBusy, room.id, start, end);
            book(staffBusy, consultant.id, start, end);
            if (interpreterId) book(staffBusy, interpreterId, start, end);
            const pids = chosen.map((did) => demandById.get(did)!.participantId);
            for (const pid of pids) take(pid, start, end);
            for (const did of chosen) met.add(did);
            plan.sessions.push({
              id: `S${++sid}`,
              kind,
              start: startStr,
              end: endStr,
              roomId: room.id,
              consultantId: consultant.id,
              interpreterId,
              language: kind === 'groupInfo' ? language : null,
              participants: pids,
            });
          }
        }
      }
    }
  };
  const byLang = new Map<string | null, string[]>();
  for (const d of open('groupInfo')) {
    const lang = people.get(d.participantId)!.language;
    const l = byLang.get(lang);
    if (l) l.push(d.id);
    else byLang.set(lang, [d.id]);
  }
  trySessions('groupInfo', byLang);
  trySessions('toets', new Map([[null, open('toets').map((d) => d.id)]]));

  for (const d of instance.demands) if (!met.has(d.id)) plan.unplanned.push({ demandId: d.id, reason: 'geen plek in de greedy bench-planning' });
  return plan;
}
