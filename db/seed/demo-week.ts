// Plans the demo's anchor week and the week after the way a careful coordinator would: greedy,
// and conflict-free by construction (rooms, consultants and interpreters inside their
// availability and never double booked, participants at most once a day and never while busy,
// children cared for when every adult of the household is away). The seed's tests check the
// result against the database rather than trusting this code.
import { expandWeek, type DatedException, type WeeklyPattern } from '../../shared/domain/availability';
import { ageInMonths, contains, dayOf, fromMinutes, overlaps, toMinutes, type Span } from '../../shared/domain/time';
import { addDays, isoWeekLabel } from '../../shared/domain/week';
import type { ChildcareInput, ClassInput, ConsultantInput, InterpreterInput, RoomInput, StartklasIntakeRow } from '../repositories/region';
import type { SessionFields } from '../repositories/sessions';
import type { DemoException, DemoLocation } from './demo-fixtures';
import type { DemoDemand, DemoPeople } from './demo-people';
import type { Rng } from '../../shared/domain/rng';

export interface DemoSession extends SessionFields {
  id: string;
  participants: { participantId: string; demandId: string }[];
}

export interface DemoTrial {
  classId: string;
  start: string;
  end: string;
  participantId: string;
  demandId: string;
}

export interface DemoIntake {
  intakeId: string;
  date: string;
  participantId: string;
  demandId: string;
}

export interface DemoCare {
  childId: string;
  providerId: string;
  slotStart: string;
  slotEnd: string;
}

export interface DemoPlan {
  sessions: DemoSession[];
  trials: DemoTrial[];
  intakes: DemoIntake[];
  care: DemoCare[];
}

export interface DemoWorld {
  locations: DemoLocation[];
  travel: (a: string, b: string) => number;
  rooms: RoomInput[];
  consultants: ConsultantInput[];
  interpreters: InterpreterInput[];
  classes: ClassInput[];
  intakes: StartklasIntakeRow[];
  childcare: ChildcareInput[];
  exceptions: DemoException[];
  people: DemoPeople;
  groupInfo: { minutes: number; minSize: number; maxSize: number };
  toetsMinutes: number;
}

const MAX_TRAVEL = 50;
/** Code-point order: locale collation may differ between Node and Electron builds, the seed may not. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const MAX_CARE_TRAVEL = 30;

class Book {
  private readonly spans = new Map<string, Span[]>();
  isFree(key: string, s: Span): boolean {
    return !(this.spans.get(key) ?? []).some((x) => overlaps(x, s));
  }
  add(key: string, s: Span): void {
    const list = this.spans.get(key) ?? [];
    list.push(s);
    this.spans.set(key, list);
  }
  get(key: string): Span[] {
    return this.spans.get(key) ?? [];
  }
}

function toSpans(intervals: { start: string; end: string }[]): Span[] {
  return intervals.map((i) => ({ start: toMinutes(i.start), end: toMinutes(i.end) }));
}

export function planDemoWeeks(world: DemoWorld, rng: Rng, weeks: string[]): DemoPlan {
  const plan: DemoPlan = { sessions: [], trials: [], intakes: [], care: [] };
  const { people } = world;
  const participant = new Map(people.participants.map((p) => [p.id, p]));
  const household = new Map(people.households.map((h) => [h.id, h]));
  const adultsOf = new Map<string, string[]>();
  for (const p of people.participants) if (p.householdId) adultsOf.set(p.householdId, [...(adultsOf.get(p.householdId) ?? []), p.id]);
  const childrenOf = new Map<string, DemoPeople['children']>();
  for (const c of people.children) childrenOf.set(c.householdId, [...(childrenOf.get(c.householdId) ?? []), c]);
  const demandStatus = new Map(people.demands.map((d) => [d.id, d.status]));

  const resources = new Book(); // rooms, consultants, interpreters
  const away = new Book(); // participants: activities including travel
  const activityDays = new Set<string>(); // `${participantId}|${day}`
  const careUsed = new Map<string, number>(); // `${providerId}|${slotStart}`
  const childCare = new Book(); // booked care per child

  const exceptionsFor = (kind: string, id: string): DatedException[] =>
    world.exceptions.filter((e) => e.owner.kind === kind && e.owner.id === id).map((e) => ({ date: e.date, kind: e.kind, start: e.start, end: e.end }));

  for (const weekStart of weeks) {
    const expand = (patterns: WeeklyPattern[], kind: string, id: string) => toSpans(expandWeek(patterns, exceptionsFor(kind, id), weekStart, 5));
    const roomAvail = new Map(world.rooms.map((r) => [r.id, expand(r.available, 'room', r.id)]));
    const consultantAvail = new Map(world.consultants.map((c) => [c.id, expand(c.available, 'consultant', c.id)]));
    const interpreterAvail = new Map(world.interpreters.map((t) => [t.id, expand(t.available, 'interpreter', t.id)]));
    const busy = new Map(people.participants.map((p) => [p.id, expand(p.busy, 'participant', p.id)]));
    const covered = new Map(people.children.map((c) => [c.id, expand(c.covered, 'child', c.id)]));
    const careSlots = world.childcare.flatMap((prov) =>
      prov.dayparts.flatMap((d) =>
        expandWeek([d], [], weekStart, 5).map((i) => ({
          providerId: prov.id,
          locationId: prov.locationId,
          ageMin: prov.ageMonthsMin,
          ageMax: prov.ageMonthsMax,
          start: i.start,
          end: i.end,
          seats: d.seats,
        })),
      ),
    );
    const days = [0, 1, 2, 3, 4].map((i) => addDays(weekStart, i));
    // Not every open step is planned in the demo weeks: the planner must have work left.
    const inPool = new Set(people.demands.filter((d) => d.status === 'open' && rng.chance(0.7)).map((d) => d.id));
    const openDemand = (d: DemoDemand, day: string) => inPool.has(d.id) && demandStatus.get(d.id) === 'open' && d.earliestDate <= day;

    /** Can the participant be at `loc` during `s`? Returns childcare to book, or null. */
    const canAttend = (pid: string, s: Span, loc: string, sameActivity: Set<string>, tentativeCare: Map<string, number>): DemoCare[] | null => {
      const p = participant.get(pid)!;
      const day = dayOf(fromMinutes(s.start));
      if (activityDays.has(`${pid}|${day}`)) return null;
      if (busy.get(pid)!.some((b) => overlaps(b, s))) return null;
      const t = world.travel(p.homeLocationId, loc);
      if (t > MAX_TRAVEL) return null;
      const awaySpan = { start: s.start - t, end: s.end + t };
      if (!p.householdId) return [];
      const h = household.get(p.householdId)!;
      const others = (adultsOf.get(h.id) ?? []).filter((o) => o !== pid);
      if (others.some((o) => sameActivity.has(o))) return null; // one adult per household per session
      const someoneHome = h.adultsOutside > 0 || others.some((o) => !busy.get(o)!.some((b) => overlaps(b, awaySpan)) && away.isFree(o, awaySpan));
      if (someoneHome) return [];
      const care: DemoCare[] = [];
      const used = new Map(tentativeCare);
      for (const c of childrenOf.get(h.id) ?? []) {
        if (covered.get(c.id)!.some((x) => contains(x, awaySpan))) continue;
        if (childCare.get(c.id).some((x) => contains(x, awaySpan))) continue;
        const age = ageInMonths(c.birthDate, day);
        // Childcare close to home: nobody takes a toddler across the region first.
        const nearby = careSlots
          .filter((sl) => world.travel(p.homeLocationId, sl.locationId) <= MAX_CARE_TRAVEL)
          .sort((a, b) => world.travel(p.homeLocationId, a.locationId) - world.travel(p.homeLocationId, b.locationId));
        const slot = nearby.find((sl) => {
          const key = `${sl.providerId}|${sl.start}`;
          return (
            age >= sl.ageMin &&
            age <= sl.ageMax &&
            contains({ start: toMinutes(sl.start), end: toMinutes(sl.end) }, awaySpan) &&
            (careUsed.get(key) ?? 0) + (used.get(key) ?? 0) < sl.seats
          );
        });
        if (!slot) return null;
        const key = `${slot.providerId}|${slot.start}`;
        used.set(key, (used.get(key) ?? 0) + 1);
        care.push({ childId: c.id, providerId: slot.providerId, slotStart: slot.start, slotEnd: slot.end });
      }
      return care;
    };

    const commitPerson = (pid: string, s: Span, loc: string, care: DemoCare[]) => {
      const p = participant.get(pid)!;
      const t = world.travel(p.homeLocationId, loc);
      away.add(pid, { start: s.start - t, end: s.end + t });
      activityDays.add(`${pid}|${dayOf(fromMinutes(s.start))}`);
      for (const c of care) {
        const key = `${c.providerId}|${c.slotStart}`;
        careUsed.set(key, (careUsed.get(key) ?? 0) + 1);
        childCare.add(c.childId, { start: toMinutes(c.slotStart), end: toMinutes(c.slotEnd) });
        plan.care.push(c);
      }
    };

    /** Picks people for one activity, greedily, in the given order. */
    const pickPeople = (candidates: DemoDemand[], s: Span, loc: string, max: number, accept: (chosen: DemoDemand[], next: DemoDemand) => boolean = () => true) => {
      const chosen: DemoDemand[] = [];
      const care = new Map<string, DemoCare[]>();
      const tentative = new Map<string, number>();
      const people = new Set<string>();
      for (const d of candidates) {
        if (chosen.length >= max) break;
        if (people.has(d.participantId) || !accept(chosen, d)) continue;
        const c = canAttend(d.participantId, s, loc, people, tentative);
        if (!c) continue;
        chosen.push(d);
        people.add(d.participantId);
        care.set(d.participantId, c);
        for (const x of c) tentative.set(`${x.providerId}|${x.slotStart}`, (tentative.get(`${x.providerId}|${x.slotStart}`) ?? 0) + 1);
      }
      return { chosen, care };
    };

    const commit = (chosen: DemoDemand[], care: Map<string, DemoCare[]>, s: Span, loc: string) => {
      for (const d of chosen) {
        commitPerson(d.participantId, s, loc, care.get(d.participantId) ?? []);
        demandStatus.set(d.id, 'planned');
      }
    };

    // A real week is spread over Monday to Friday, not piled on one day.
    const quietDaysFirst = () => {
      const perDay = (day: string) => plan.sessions.filter((x) => x.start.startsWith(day)).length;
      return rng.shuffle(days).sort((a, b) => perDay(a) - perDay(b));
    };
    const load = (consultantId: string) => plan.sessions.filter((x) => x.consultantId === consultantId).length;
    const label = isoWeekLabel(weekStart).replace('-', '');
    let sessionNo = 0;
    const nextSessionId = () => `SES-${label}-${String(++sessionNo).padStart(2, '0')}`;
    const slotTimes = (day: string, times: string[], minutes: number) => times.map((t) => ({ start: toMinutes(`${day}T${t}`), end: toMinutes(`${day}T${t}`) + minutes }));

    // --- groepsvoorlichting per language
    const giDemands = people.demands.filter((d) => d.kind === 'groupInfo');
    const speaks = (pid: string, lang: string) => {
      const p = participant.get(pid)!;
      return p.language === lang || p.otherLanguages.includes(lang);
    };
    const languages = [...new Set(people.participants.map((p) => p.language))];
    const countFor = (lang: string) => giDemands.filter((d) => inPool.has(d.id) && demandStatus.get(d.id) === 'open' && participant.get(d.participantId)!.language === lang).length;
    languages.sort((a, b) => countFor(b) - countFor(a) || byCode(a, b));
    for (const lang of languages) {
      let sessionsForLang = 0;
      for (const day of quietDaysFirst()) {
        if (sessionsForLang >= 3) break;
        for (const s of slotTimes(day, rng.shuffle(['09:00', '13:30', '10:00']), world.groupInfo.minutes)) {
          const candidates = giDemands
            .filter((d) => openDemand(d, day) && speaks(d.participantId, lang))
            // Primary speakers first: they need this language most.
            .sort((a, b) => +(participant.get(b.participantId)!.language === lang) - +(participant.get(a.participantId)!.language === lang) || byCode(a.id, b.id));
          if (candidates.length < world.groupInfo.minSize) break;
          let placed = false;
          // Rooms near most of the candidates first: nobody should cross the region for an hour.
          const reachable = (loc: string) => candidates.filter((d) => world.travel(participant.get(d.participantId)!.homeLocationId, loc) <= MAX_TRAVEL).length;
          const rooms = world.rooms.filter((r) => r.kinds.includes('groupInfo')).sort((a, b) => reachable(b.locationId) - reachable(a.locationId));
          for (const room of rooms) {
            if (!roomAvail.get(room.id)!.some((a) => contains(a, s)) || !resources.isFree(room.id, s)) continue;
            // A consultant who speaks the language saves an interpreter; otherwise spread the work.
            const consultants = [...world.consultants].sort((a, b) => +b.languages.includes(lang) - +a.languages.includes(lang) || load(a.id) - load(b.id) || byCode(a.id, b.id));
            for (const c of consultants) {
              if (!consultantAvail.get(c.id)!.some((a) => contains(a, s)) || !resources.isFree(c.id, s)) continue;
              let interpreterId: string | null = null;
              if (!c.languages.includes(lang)) {
                const t = world.interpreters.find((i) => i.languages.includes(lang) && interpreterAvail.get(i.id)!.some((a) => contains(a, s)) && resources.isFree(i.id, s));
                if (!t) continue;
                interpreterId = t.id;
              }
              const staff = 1 + (interpreterId ? 1 : 0);
              const max = Math.min(world.groupInfo.maxSize, room.capacity - staff, rng.int(4, 8));
              const { chosen, care } = pickPeople(candidates, s, room.locationId, max);
              if (chosen.length < world.groupInfo.minSize) continue;
              commit(chosen, care, s, room.locationId);
              resources.add(room.id, s);
              resources.add(c.id, s);
              if (interpreterId) resources.add(interpreterId, s);
              plan.sessions.push({
                id: nextSessionId(),
                kind: 'groupInfo',
                start: fromMinutes(s.start),
                end: fromMinutes(s.end),
                roomId: room.id,
                consultantId: c.id,
                interpreterId,
                language: lang,
                participants: chosen.map((d) => ({ participantId: d.participantId, demandId: d.id })),
              });
              placed = true;
              sessionsForLang++;
              break;
            }
            if (placed) break;
          }
          if (placed) break;
        }
      }
    }

    // --- leerbaarheidstoets: certified consultant, laptops by digital skill, no interpreter
    const toetsDemands = people.demands.filter((d) => d.kind === 'toets');
    let toetsSessions = 0;
    for (const day of quietDaysFirst()) {
      for (const s of slotTimes(day, ['09:00', '13:30'], world.toetsMinutes)) {
        if (toetsSessions >= 6) break;
        for (const room of rng.shuffle(world.rooms.filter((r) => r.kinds.includes('toets')))) {
          if (!roomAvail.get(room.id)!.some((a) => contains(a, s)) || !resources.isFree(room.id, s)) continue;
          const c = [...world.consultants]
            .sort((a, b) => load(a.id) - load(b.id) || byCode(a.id, b.id))
            .find((x) => x.toetsCertified && consultantAvail.get(x.id)!.some((a) => contains(a, s)) && resources.isFree(x.id, s));
          if (!c) continue;
          const candidates = toetsDemands.filter((d) => openDemand(d, day));
          const needsTouch = (d: DemoDemand) => participant.get(d.participantId)!.digitalSkill !== 'good';
          const max = Math.min(room.capacity - 1, room.laptopsTouch + room.laptopsMouse, rng.int(3, 6));
          const { chosen, care } = pickPeople(candidates, s, room.locationId, max, (chosen, next) => {
            const touch = chosen.filter(needsTouch).length + (needsTouch(next) ? 1 : 0);
            return touch <= room.laptopsTouch;
          });
          if (chosen.length < 2) continue;
          commit(chosen, care, s, room.locationId);
          resources.add(room.id, s);
          resources.add(c.id, s);
          plan.sessions.push({
            id: nextSessionId(),
            kind: 'toets',
            start: fromMinutes(s.start),
            end: fromMinutes(s.end),
            roomId: room.id,
            consultantId: c.id,
            interpreterId: null,
            language: null,
            participants: chosen.map((d) => ({ participantId: d.participantId, demandId: d.id })),
          });
          toetsSessions++;
          break;
        }
      }
    }

    // --- proeflessen in existing classes (trial seats), both schools
    const trialDemands = people.demands.filter((d) => d.kind === 'trialLesson');
    for (const cls of world.classes) {
      for (const lesson of expandWeek(cls.lessons, [], weekStart, 5)) {
        const s = { start: toMinutes(lesson.start), end: toMinutes(lesson.end) };
        const day = lesson.start.slice(0, 10);
        const candidates = trialDemands.filter((d) => {
          const p = participant.get(d.participantId)!;
          return openDemand(d, day) && d.schoolId === cls.schoolId && (p.routeIndication === null || p.routeIndication === cls.route);
        });
        const { chosen, care } = pickPeople(candidates, s, cls.locationId, Math.min(cls.trialSeats, 2));
        commit(chosen, care, s, cls.locationId);
        for (const d of chosen) plan.trials.push({ classId: cls.id, start: lesson.start, end: lesson.end, participantId: d.participantId, demandId: d.id });
      }
    }

    // --- startklas intake moments
    const intakeDemands = people.demands.filter((d) => d.kind === 'startklasIntake');
    for (const intake of world.intakes) {
      for (const moment of expandWeek([intake], [], weekStart, 5)) {
        const s = { start: toMinutes(moment.start), end: toMinutes(moment.end) };
        const day = moment.start.slice(0, 10);
        const { chosen, care } = pickPeople(
          intakeDemands.filter((d) => openDemand(d, day)),
          s,
          intake.locationId,
          Math.min(intake.seats, 3),
        );
        commit(chosen, care, s, intake.locationId);
        for (const d of chosen) plan.intakes.push({ intakeId: intake.id, date: day, participantId: d.participantId, demandId: d.id });
      }
    }
  }
  return plan;
}
