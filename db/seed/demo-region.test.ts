import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../connection';
import { weekIntervals } from '../repositories/availability';
import { getRegion } from '../repositories/region';
import { getWeekStatus } from '../repositories/sessions';
import { ageInMonths } from '../../shared/domain/time';
import { addDays, isoWeekday } from '../../shared/domain/week';
import { AGE_BANDS } from './demo-people';
import { ensureDemoRegion, seedDemoRegion } from './demo-region';

const ANCHOR = '2026-11-23';
const NEXT = addDays(ANCHOR, 7);

function seeded(seed = 2021): Db {
  const db = openDatabase(':memory:');
  seedDemoRegion(db, { seed, anchorWeekStart: ANCHOR });
  return db;
}

function dump(db: Db): Record<string, string[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort()]));
}

const db = seeded();

describe('seedDemoRegion', () => {
  it('is deterministic: the same seed gives identical content, another seed differs', () => {
    const again = seeded();
    expect(dump(again)).toEqual(dump(db));
    const other = seeded(7);
    expect(dump(other).participants).not.toEqual(dump(db).participants);
  });

  it('creates a region of three gemeenten with about 120 participants', () => {
    expect(getRegion(db)?.name).toMatch(/Alblasserwaard-Vijfheerenlanden/);
    expect(db.prepare('SELECT count(*) AS n FROM gemeenten').get()).toEqual({ n: 3 });
    const n = (db.prepare('SELECT count(*) AS n FROM participants').get() as { n: number }).n;
    expect(n).toBeGreaterThanOrEqual(110);
    expect(n).toBeLessThanOrEqual(130);
    const kinds = db.prepare('SELECT migrant_kind AS k, count(*) AS n FROM participants GROUP BY 1 ORDER BY 1').all() as { k: string; n: number }[];
    expect(kinds.map((k) => k.k)).toEqual(['gezinsmigrant', 'statushouder']);
    expect(db.prepare('SELECT count(*) AS n FROM participants WHERE household_id IS NULL').get()).not.toEqual({ n: 0 });
    const languages = (db.prepare('SELECT DISTINCT language FROM participants').all() as { language: string }[]).map((r) => r.language);
    expect(languages).toEqual(expect.arrayContaining(['ar', 'ti', 'tr', 'ku', 'so', 'ps']));
  });

  it('has households with children in every age band, couples and single parents', () => {
    const children = db.prepare('SELECT birth_date AS b FROM children').all() as { b: string }[];
    for (const [band, [lo, hi]] of Object.entries(AGE_BANDS)) {
      const inBand = children.filter((c) => {
        const age = ageInMonths(c.b, ANCHOR);
        return age >= lo && age <= hi;
      });
      expect(inBand.length, band).toBeGreaterThan(0);
    }
    const adultsPerHouseholdWithKids = db
      .prepare(
        `SELECT h.id, (SELECT count(*) FROM participants p WHERE p.household_id = h.id) AS adults FROM households h
         WHERE EXISTS (SELECT 1 FROM children c WHERE c.household_id = h.id)`,
      )
      .all() as { adults: number }[];
    expect(adultsPerHouseholdWithKids.some((h) => h.adults === 2)).toBe(true);
    expect(adultsPerHouseholdWithKids.some((h) => h.adults === 1)).toBe(true);
  });

  it('spreads koppeling dates, so PIP deadlines fall before, in and after the anchor week', () => {
    const deadlines = (db.prepare("SELECT date(koppeling_date, '+70 days') AS d FROM participants WHERE koppeling_date IS NOT NULL").all() as { d: string }[]).map((r) => r.d);
    expect(deadlines.some((d) => d < ANCHOR)).toBe(true);
    expect(deadlines.some((d) => d >= ANCHOR && d < addDays(ANCHOR, 28))).toBe(true);
    expect(deadlines.some((d) => d >= addDays(ANCHOR, 28))).toBe(true);
  });

  it('sets the PIP of those whose learnability test is done, in the past, and leaves some terms running out', () => {
    const rows = db
      .prepare(
        `SELECT p.pip_date AS pip, p.koppeling_date AS k, EXISTS (SELECT 1 FROM demands d WHERE d.participant_id = p.id AND d.kind = 'toets' AND d.status = 'done') AS tested
         FROM participants p WHERE p.koppeling_date IS NOT NULL`,
      )
      .all() as { pip: string | null; k: string; tested: number }[];
    const set = rows.filter((r) => r.pip);
    expect(set.length).toBeGreaterThan(0);
    expect(set.every((r) => r.tested === 1 && r.pip! < ANCHOR && r.pip! >= r.k)).toBe(true);
    expect(rows.filter((r) => r.tested === 1).every((r) => r.pip)).toBe(true);
    // Without a PIP and past ten weeks: the deadline screens still have something to warn about.
    expect(rows.some((r) => !r.pip && addDays(r.k, 70) < ANCHOR)).toBe(true);
  });

  it('leaves open demands of every kind for the planner, with trial lessons at both schools', () => {
    const open = db
      .prepare("SELECT kind, count(DISTINCT coalesce(school_id, '-')) AS schools, count(*) AS n FROM demands WHERE status = 'open' GROUP BY kind ORDER BY kind")
      .all() as {
      kind: string;
      schools: number;
      n: number;
    }[];
    expect(open.map((o) => o.kind)).toEqual(['groupInfo', 'startklasIntake', 'toets', 'trialLesson']);
    expect(open.find((o) => o.kind === 'trialLesson')?.schools).toBe(2);
  });

  it('plans a realistic anchor week (concept) and next week, Monday to Friday', () => {
    for (const week of [ANCHOR, NEXT]) {
      const sessions = db.prepare('SELECT start_time AS s, kind, status FROM sessions WHERE week_start = ?').all(week) as { s: string; kind: string; status: string }[];
      expect(sessions.length, week).toBeGreaterThanOrEqual(8);
      expect(sessions.length, week).toBeLessThanOrEqual(20);
      expect(new Set(sessions.map((s) => s.kind))).toEqual(new Set(['groupInfo', 'toets']));
      expect(sessions.every((s) => s.status === 'accepted')).toBe(true);
      expect(sessions.every((s) => isoWeekday(s.s.slice(0, 10)) <= 5)).toBe(true);
      expect(new Set(sessions.map((s) => s.s.slice(0, 10))).size).toBeGreaterThanOrEqual(4);
    }
    expect(getWeekStatus(db, ANCHOR)).toBe('concept');
  });
});

describe('the seeded weeks are conflict-free (checked on the stored data)', () => {
  it('never double books a room, consultant or interpreter', () => {
    for (const col of ['room_id', 'consultant_id', 'interpreter_id']) {
      const clashes = db
        .prepare(
          `SELECT a.id, b.id FROM sessions a JOIN sessions b ON a.${col} = b.${col} AND a.id < b.id
           WHERE a.start_time < b.end_time AND b.start_time < a.end_time`,
        )
        .all();
      expect(clashes, col).toEqual([]);
    }
  });

  it('never puts a participant in two activities at once, nor twice on a day', () => {
    const activities = `
      SELECT sp.participant_id AS p, s.start_time AS s, s.end_time AS e FROM session_participants sp JOIN sessions s ON s.id = sp.session_id
      UNION ALL SELECT participant_id, start_time, end_time FROM trial_bookings
      UNION ALL SELECT b.participant_id, b.date || 'T' || i.start_time, b.date || 'T' || i.end_time FROM intake_bookings b JOIN startklas_intakes i ON i.id = b.intake_id`;
    const overlapping = db
      .prepare(`WITH a AS (${activities}) SELECT x.p FROM a x JOIN a y ON x.p = y.p AND (x.s < y.s OR (x.s = y.s AND x.e < y.e)) WHERE x.s < y.e AND y.s < x.e`)
      .all();
    expect(overlapping).toEqual([]);
    const twiceADay = db.prepare(`WITH a AS (${activities}) SELECT p, substr(s, 1, 10) AS d, count(*) AS n FROM a GROUP BY 1, 2 HAVING n > 1`).all();
    expect(twiceADay).toEqual([]);
  });

  it('keeps sessions inside the availability of room, consultant and interpreter', () => {
    for (const week of [ANCHOR, NEXT]) {
      const rooms = weekIntervals(db, 'room', week);
      const consultants = weekIntervals(db, 'consultant', week);
      const interpreters = weekIntervals(db, 'interpreter', week);
      const sessions = db
        .prepare('SELECT id, start_time AS s, end_time AS e, room_id AS r, consultant_id AS c, interpreter_id AS t FROM sessions WHERE week_start = ?')
        .all(week) as {
        id: string;
        s: string;
        e: string;
        r: string;
        c: string;
        t: string | null;
      }[];
      const inside = (list: { start: string; end: string }[] | undefined, s: string, e: string) => (list ?? []).some((i) => i.start <= s && e <= i.end);
      for (const x of sessions) {
        expect(inside(rooms.get(x.r), x.s, x.e), `${x.id} zaal`).toBe(true);
        expect(inside(consultants.get(x.c), x.s, x.e), `${x.id} consulent`).toBe(true);
        if (x.t) expect(inside(interpreters.get(x.t), x.s, x.e), `${x.id} tolk`).toBe(true);
      }
    }
  });

  it('respects group sizes, room capacity, languages, interpreters, certification and laptops', () => {
    const rows = db
      .prepare(
        `SELECT s.id, s.kind, s.language, s.interpreter_id AS t, c.languages AS cl, c.toets_certified AS cert, r.capacity, r.laptops_touch AS touch, r.laptops_mouse AS mouse,
           r.for_group_info AS g, r.for_toets AS ft, i.languages AS tl,
           count(sp.participant_id) AS n, sum(p.digital_skill <> 'good') AS needTouch,
           sum(s.language IS NOT NULL AND p.language <> s.language AND NOT EXISTS (SELECT 1 FROM json_each(p.other_languages) WHERE value = s.language)) AS foreign_speakers,
           sum(d.earliest_date > substr(s.start_time, 1, 10)) AS tooEarly
         FROM sessions s JOIN consultants c ON c.id = s.consultant_id JOIN rooms r ON r.id = s.room_id
         LEFT JOIN interpreters i ON i.id = s.interpreter_id
         JOIN session_participants sp ON sp.session_id = s.id JOIN participants p ON p.id = sp.participant_id
         JOIN demands d ON d.id = sp.demand_id
         GROUP BY s.id`,
      )
      .all() as {
      id: string;
      kind: string;
      language: string | null;
      t: string | null;
      cl: string;
      cert: number;
      capacity: number;
      touch: number;
      mouse: number;
      g: number;
      ft: number;
      tl: string | null;
      n: number;
      needTouch: number;
      foreign_speakers: number;
      tooEarly: number;
    }[];
    expect(rows.length).toBe((db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n);
    for (const r of rows) {
      expect(r.capacity, r.id).toBeGreaterThanOrEqual(r.n + 1 + (r.t ? 1 : 0));
      expect(r.tooEarly, r.id).toBe(0);
      if (r.kind === 'groupInfo') {
        expect(r.g, r.id).toBe(1);
        expect(r.n, r.id).toBeGreaterThanOrEqual(3);
        expect(r.n, r.id).toBeLessThanOrEqual(12);
        expect(r.foreign_speakers, r.id).toBe(0);
        const consultantSpeaks = (JSON.parse(r.cl) as string[]).includes(r.language!);
        if (!consultantSpeaks) expect(JSON.parse(r.tl ?? '[]'), r.id).toContain(r.language);
      } else {
        expect(r.ft, r.id).toBe(1);
        expect(r.cert, r.id).toBe(1);
        expect(r.t, r.id).toBeNull();
        expect(r.needTouch, r.id).toBeLessThanOrEqual(r.touch);
        expect(r.n, r.id).toBeLessThanOrEqual(r.touch + r.mouse);
      }
    }
  });

  it('uses trial seats and intake seats within their limits, at the school of the demand', () => {
    expect(
      db
        .prepare('SELECT b.class_id, b.start_time, count(*) AS n, c.trial_seats AS seats FROM trial_bookings b JOIN classes c ON c.id = b.class_id GROUP BY 1, 2 HAVING n > seats')
        .all(),
    ).toEqual([]);
    expect(
      db.prepare('SELECT count(*) AS n FROM trial_bookings b JOIN demands d ON d.id = b.demand_id JOIN classes c ON c.id = b.class_id WHERE d.school_id <> c.school_id').get(),
    ).toEqual({ n: 0 });
    expect(
      db.prepare('SELECT b.intake_id, b.date, count(*) AS n, i.seats FROM intake_bookings b JOIN startklas_intakes i ON i.id = b.intake_id GROUP BY 1, 2 HAVING n > i.seats').all(),
    ).toEqual([]);
    expect(
      db
        .prepare(
          `SELECT b.provider_id, b.slot_start, count(*) AS n FROM childcare_bookings b GROUP BY 1, 2
           HAVING n > (SELECT seats FROM childcare_dayparts d WHERE d.provider_id = b.provider_id
                       AND d.start_time = substr(b.slot_start, 12, 5) AND d.weekday = CAST(strftime('%u', substr(b.slot_start, 1, 10)) AS INTEGER))`,
        )
        .all(),
    ).toEqual([]);
  });

  it('writes an audit row for every participant it creates', () => {
    const audited = db.prepare("SELECT count(DISTINCT entity_id) AS n FROM audit_log WHERE entity = 'participant' AND action = 'create'").get();
    expect(audited).toEqual(db.prepare('SELECT count(*) AS n FROM participants').get());
  });
});

describe('ensureDemoRegion', () => {
  it('seeds only a database without a region, around the Monday of today', () => {
    const fresh = openDatabase(':memory:');
    expect(ensureDemoRegion(fresh, '2026-11-26')).toBe(true);
    expect(getWeekStatus(fresh, ANCHOR)).toBe('concept');
    expect((fresh.prepare('SELECT min(week_start) AS w FROM sessions').get() as { w: string }).w).toBe(ANCHOR);
    const before = dump(fresh);
    expect(ensureDemoRegion(fresh, '2026-12-10')).toBe(false);
    expect(dump(fresh)).toEqual(before);
  });

  it('refuses a seed into a database that already has a region', () => {
    expect(() => seedDemoRegion(db, { seed: 1, anchorWeekStart: ANCHOR })).toThrow(/al een regio/);
    expect(() => seedDemoRegion(openDatabase(':memory:'), { seed: 1, anchorWeekStart: '2026-11-24' })).toThrow(/maandag/);
  });
});
