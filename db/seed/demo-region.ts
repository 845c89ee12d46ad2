// The demo region a new user sees on first start: a realistic, fictional region with people,
// capacity and two planned weeks, deterministic from a seed (same seed, same database content).
import { writeTx, type Db } from '../connection';
import { addDays, isoWeekday, isValidIsoDate, mondayOf } from '../../shared/domain/week';
import type { AuditContext } from '../repositories/audit';
import { addException } from '../repositories/availability';
import { addChild, createHousehold, createParticipant } from '../repositories/participants';
import { addDemand } from '../repositories/demands';
import {
  addChildcareProvider,
  addClass,
  addConsultant,
  addGemeente,
  addInterpreter,
  addLocation,
  addRoom,
  addSchool,
  addStartklasIntake,
  createRegion,
  getRegion,
  setTravelTime,
} from '../repositories/region';
import { createSession, setWeekStatus } from '../repositories/sessions';
import { addChildcareBooking, addIntakeBooking, addTrialBooking } from '../repositories/bookings';
import {
  CONSULTANTS,
  demoChildcare,
  demoClasses,
  demoExceptions,
  demoStartklasIntakes,
  GEMEENTEN,
  INTERPRETERS,
  LOCATIONS,
  REGION_NAME,
  ROOMS,
  SCHOOLS,
  travelMinutes,
} from './demo-fixtures';
import { demoPeople, giveClientNumbers } from './demo-people';
import { planDemoWeeks, type DemoPlan } from './demo-week';
import { mulberry32 } from '../../shared/domain/rng';

export interface DemoSeedOptions {
  seed: number;
  /** Monday of the week the demo is planned around (the 'concept' week). */
  anchorWeekStart: string;
  /** Timestamp for the audit rows of the seed; defaults to the anchor Monday. */
  at?: string;
  participants?: number;
}

export interface DemoSeedResult {
  participants: number;
  households: number;
  children: number;
  sessions: number;
  plan: DemoPlan;
}

export const DEFAULT_DEMO_SEED = 2021; // the year of the Wet inburgering

export function seedDemoRegion(db: Db, opts: DemoSeedOptions): DemoSeedResult {
  const anchor = opts.anchorWeekStart;
  if (!isValidIsoDate(anchor) || isoWeekday(anchor) !== 1) throw new Error(`anchorWeekStart moet een maandag zijn (JJJJ-MM-DD), kreeg ${anchor}.`);
  if (getRegion(db)) throw new Error('Deze database heeft al een regio; de demoregio wordt alleen in een lege database aangemaakt.');
  const rng = mulberry32(opts.seed);
  const audit: AuditContext = {
    actor: 'demo',
    purpose: 'Fictieve demoregio aangemaakt bij eerste start',
    now: () => opts.at ?? `${anchor}T00:00:00`,
  };

  const classes = demoClasses(rng);
  const intakes = demoStartklasIntakes(rng);
  const childcare = demoChildcare(rng);
  const exceptions = demoExceptions(anchor, addDays);
  const people = demoPeople(rng, anchor, opts.participants ?? 120);
  // Client numbers from a generator of their own: the rest of the demo stays as the seed made it.
  giveClientNumbers(people.participants, mulberry32(opts.seed ^ 0x4b4c));
  const byId = new Map(LOCATIONS.map((l) => [l.id, l]));
  const travel = (a: string, b: string) => (a === b ? 0 : travelMinutes(byId.get(a)!, byId.get(b)!));
  const plan = planDemoWeeks(
    {
      locations: LOCATIONS,
      travel,
      rooms: ROOMS,
      consultants: CONSULTANTS,
      interpreters: INTERPRETERS,
      classes,
      intakes,
      childcare,
      exceptions,
      people,
      groupInfo: { minutes: 120, minSize: 3, maxSize: 12 },
      toetsMinutes: 90,
    },
    rng,
    [anchor, addDays(anchor, 7)],
  );

  writeTx(db, () => {
    createRegion(db, REGION_NAME, { isDemo: true });
    for (const g of GEMEENTEN) addGemeente(db, g);
    for (const l of LOCATIONS) addLocation(db, { id: l.id, name: l.name, gemeenteId: l.gemeenteId, kind: l.kind });
    for (const [i, a] of LOCATIONS.entries()) for (const b of LOCATIONS.slice(i + 1)) setTravelTime(db, a.id, b.id, travel(a.id, b.id));
    for (const r of ROOMS) addRoom(db, r);
    for (const c of CONSULTANTS) addConsultant(db, c);
    for (const t of INTERPRETERS) addInterpreter(db, t);
    for (const e of exceptions) addException(db, e.owner, { date: e.date, kind: e.kind, start: e.start, end: e.end, note: e.note });
    for (const s of SCHOOLS) addSchool(db, s);
    for (const c of classes) addClass(db, c);
    for (const i of intakes) addStartklasIntake(db, i);
    for (const p of childcare) addChildcareProvider(db, p);

    for (const h of people.households) createHousehold(db, audit, h);
    for (const c of people.children) addChild(db, audit, c);
    for (const p of people.participants) createParticipant(db, audit, p);
    for (const d of people.demands) addDemand(db, audit, d);

    for (const s of plan.sessions) createSession(db, audit, { ...s, status: 'accepted' });
    for (const t of plan.trials) addTrialBooking(db, audit, { ...t, status: 'accepted' });
    for (const i of plan.intakes) addIntakeBooking(db, audit, { ...i, status: 'accepted' });
    for (const c of plan.care) addChildcareBooking(db, audit, { ...c, status: 'accepted' });
    setWeekStatus(db, anchor, 'concept');
  });

  return {
    participants: people.participants.length,
    households: people.households.length,
    children: people.children.length,
    sessions: plan.sessions.length,
    plan,
  };
}

/** On first start (no region yet) seeds the demo around today's week; says whether it did. */
export function ensureDemoRegion(db: Db, today: string): boolean {
  if (!isValidIsoDate(today)) throw new Error(`Ongeldige datum voor vandaag: ${today}`);
  if (getRegion(db)) return false;
  seedDemoRegion(db, { seed: DEFAULT_DEMO_SEED, anchorWeekStart: mondayOf(today), at: `${today}T00:00:00` });
  return true;
}
