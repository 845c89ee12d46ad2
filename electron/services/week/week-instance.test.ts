import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '../../../db/connection';
import { writeTx } from '../../../db/tx';
import { seedDemoRegion } from '../../../db/seed/demo-region';
import { writeAudit } from '../../../db/repositories/audit';
import { growFirstRoom } from '../../../db/repositories/week-test-queries';
import { buildInstance } from '../../../db/instance/instance-from-db';
import { checkPlan } from '../../../shared/planner/check';
import { addDays } from '../../../shared/domain/week';
import { weekCheck, weekInstance } from './week-instance';

// The real functions, counted: how often the cache builds the week and checks it.
vi.mock('../../../db/instance/instance-from-db', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../db/instance/instance-from-db')>();
  return { ...real, buildInstance: vi.fn(real.buildInstance) };
});
vi.mock('../../../shared/planner/check', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../shared/planner/check')>();
  return { ...real, checkPlan: vi.fn(real.checkPlan) };
});
const builds = () => vi.mocked(buildInstance).mock.calls.length;
const checks = () => vi.mocked(checkPlan).mock.calls.length;

const W = '2026-11-23';
let dir: string;
let file: string;
const open: Db[] = [];
const connect = () => {
  const db = openDatabase(file);
  open.push(db);
  return db;
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-week-cache-'));
  file = path.join(dir, 'keten.sqlite');
  const db = openDatabase(file);
  seedDemoRegion(db, { seed: 2021, anchorWeekStart: W });
  db.close();
});
afterAll(() => {
  for (const db of open.splice(0)) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  vi.mocked(buildInstance).mockClear();
  vi.mocked(checkPlan).mockClear();
});

describe('the week cache', () => {
  it('shares one build and one check between reads while nothing changed', () => {
    const db = connect();
    const first = weekCheck(db, W);
    expect(weekCheck(db, W)).toEqual(first);
    expect(weekCheck(db, W).before).toBe(first.before);
    expect(weekInstance(db, W)).toBe(first.instance);
    expect(builds()).toBe(1);
    expect(checks()).toBe(1);
    // A read's audit row changes nothing the week is built from.
    writeAudit(db, { actor: 'test', purpose: 'toets boeken', now: () => '2026-11-25T10:00:00' }, 'view', 'participant', 'P-029');
    expect(weekCheck(db, W).instance).toBe(first.instance);
    expect(builds()).toBe(1);
  });

  it('builds again after a write on this connection and after a commit on another', () => {
    const db = connect();
    const first = weekCheck(db, W);
    growFirstRoom(db);
    const second = weekCheck(db, W);
    expect(second.instance).not.toBe(first.instance);
    expect(second.instance.rooms[0]!.capacity).toBe(first.instance.rooms[0]!.capacity + 1);
    expect(second.before).not.toBe(first.before);

    growFirstRoom(connect());
    const third = weekCheck(db, W);
    expect(third.instance.rooms[0]!.capacity).toBe(second.instance.rooms[0]!.capacity + 1);
    expect(builds()).toBe(3);
    expect(checks()).toBe(3);
  });

  it('inside a transaction: the cached week until its first write, then its own state, and after a rollback not that state', () => {
    const db = connect();
    const committed = weekCheck(db, W);
    const capacity = committed.instance.rooms[0]!.capacity;
    expect(() =>
      writeTx(db, () => {
        expect(weekCheck(db, W).instance).toBe(committed.instance);
        growFirstRoom(db);
        const own = weekCheck(db, W);
        expect(own.instance.rooms[0]!.capacity).toBe(capacity + 1);
        // Read twice inside: built twice, kept by neither (it may be rolled back).
        expect(weekCheck(db, W).instance).not.toBe(own.instance);
        throw new Error('rollback');
      }),
    ).toThrow('rollback');
    const after = weekCheck(db, W);
    expect(after.instance.rooms[0]!.capacity).toBe(capacity);
    expect(weekCheck(db, W).instance).toBe(after.instance);
  });

  it('is frozen: a caller cannot change what the next one reads', () => {
    const db = connect();
    const wc = weekCheck(db, W);
    expect(() => {
      wc.plan.sessions[0]!.participants.push('P-999');
    }).toThrow(TypeError);
    expect(() => {
      wc.instance.rooms[0]!.capacity = 0;
    }).toThrow(TypeError);
    expect(() => {
      wc.before.violations.length = 0;
    }).toThrow(TypeError);
  });

  it('keeps a few weeks, the least recently read going first', () => {
    const db = connect();
    const weeks = [0, 1, 2, 3, 4].map((n) => addDays(W, 7 * n));
    const first = weekInstance(db, weeks[0]!);
    for (const w of weeks.slice(1, 4)) weekInstance(db, w);
    // Read again: now the most recent; the second week is the oldest.
    expect(weekInstance(db, weeks[0]!)).toBe(first);
    weekInstance(db, weeks[4]!);
    expect(builds()).toBe(5);
    expect(weekInstance(db, weeks[0]!)).toBe(first);
    expect(builds()).toBe(5);
    weekInstance(db, weeks[1]!);
    expect(builds()).toBe(6);
  });
});
