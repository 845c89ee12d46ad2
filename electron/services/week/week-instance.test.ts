import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../db/connection';
import { seedDemoRegion } from '../../../db/seed/demo-region';
import { growFirstRoom } from '../../../db/repositories/week-test-queries';
import { weekInstance } from './week-instance';

const W = '2026-11-23';
const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('weekInstance', () => {
  it('reuses the instance while nothing changed and rebuilds after a write on this or another connection', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-instance-'));
    const file = path.join(dir, 'keten.sqlite');
    const db = openDatabase(file);
    open.push(db);
    seedDemoRegion(db, { seed: 2021, anchorWeekStart: W });
    const first = weekInstance(db, W);
    expect(weekInstance(db, W)).toBe(first);

    growFirstRoom(db);
    const second = weekInstance(db, W);
    expect(second).not.toBe(first);
    expect(second.rooms[0].capacity).toBe(first.rooms[0].capacity + 1);

    const other = openDatabase(file);
    open.push(other);
    growFirstRoom(other);
    const third = weekInstance(db, W);
    expect(third.rooms[0].capacity).toBe(second.rooms[0].capacity + 1);
  });
});
