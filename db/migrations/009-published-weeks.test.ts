// Migration 009 on a database that already has a published week: what it publishes becomes
// that week as it stands, so the week does not read "changed" after the update.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../shared/export/published-week';
import { seedDemoRegion } from '../seed/demo-region';
import { currentSessionStates, installationId, publishedSessions } from '../repositories/publication';
import { setWeekStatus } from '../repositories/sessions';
import { MIGRATIONS, migrate, schemaVersion } from './index';

const W = '2026-11-23';

describe('migration 009 (published weeks)', () => {
  it('records the sessions of weeks published before it as published, and nothing for a concept week', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    // The demo seed writes today's schema; 009's tables are then taken away again and the
    // version set back, so that 009 meets a published week as an older database holds it.
    migrate(db);
    seedDemoRegion(db, { seed: 2021, anchorWeekStart: W });
    setWeekStatus(db, W, 'published', '2026-11-20T09:00:00');
    db.exec('DROP TABLE installation; DROP TABLE published_sessions; DROP TABLE ics_sequences;');
    db.pragma('user_version = 8');
    expect(migrate(db, MIGRATIONS.slice(0, 9))).toEqual([9]);
    expect(schemaVersion(db)).toBe(9);
    const current = currentSessionStates(db, W);
    expect(current.length).toBeGreaterThan(0);
    const published = publishedSessions(db, W);
    expect(published.every((s) => !s.cancelled)).toBe(true);
    const sorted = (s: SessionState) => ({ ...s, participantIds: [...s.participantIds].sort() });
    expect(published.map(({ cancelled: _, ...s }) => sorted(s))).toEqual(current.map(sorted));
    expect(publishedSessions(db, '2026-11-30')).toEqual([]);
    db.close();
  });

  it('gives each database its own installation id, made once', () => {
    const a = new Database(':memory:');
    const b = new Database(':memory:');
    migrate(a);
    migrate(b);
    const id = installationId(a);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(installationId(a)).toBe(id);
    expect(installationId(b)).not.toBe(id);
  });
});
