// Profiles and the access rules: every call checked against the caller's profile, in dispatch
// and in the backend both transports use; the chosen profile lives on the client session.
import { describe, expect, it } from 'vitest';
import { contract, type CallName } from '../../../shared/api/contract';
import { ACCESS } from '../../../shared/api/access';
import { DEMO_TODAY, DEMO_WEEK } from '../../../test/support/demo-services';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../backend';
import { useDemoProfiles, dispatch, client, call, fail, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('profiles and access rules', () => {
  it('declares a rule for every call in the contract, and nothing else', () => {
    expect(Object.keys(ACCESS).sort()).toEqual(Object.keys(contract).sort());
  });

  it('enforces every rule: no profile, wrong profile and right profile', async () => {
    const profiles = {
      coordinator: await as('coordinator'),
      consultant: await as('consultant', 'C-01'),
      liaison: await as('liaison', 'S-MERW'),
    };
    const names = Object.keys(contract) as CallName[];
    for (const name of names) {
      const rule = ACCESS[name];
      const none = await dispatch(name, {}, client());
      if (rule === 'anyone') expect(none.ok || none.error.code !== 'forbidden', name).toBe(true);
      else expect(none, name).toEqual({ ok: false, error: { code: 'forbidden', message: 'Kies eerst een profiel.' } });
      for (const [kind, ctx] of Object.entries(profiles)) {
        // '(leeg)' input: allowed calls fail on validation at most, never on access.
        const r = await dispatch(name, { __probe: true }, ctx);
        const allowed = rule === 'anyone' || (rule as readonly string[]).includes(kind);
        if (allowed) expect(r.ok || r.error.code !== 'forbidden', `${name} als ${kind}`).toBe(true);
        else expect(r.ok ? null : r.error.code, `${name} als ${kind}`).toBe('forbidden');
      }
    }
    const denied = await fail(profiles.liaison, 'week.get', { weekStart: DEMO_WEEK });
    expect(denied.message).toBe('Dit mag het profiel Taalschool niet.');
  });

  it('is enforced by the backend both transports use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keten-access-'));
    const backend = createBackend({ dataDir: dir, version: 't', today: DEMO_TODAY, firstStart: 'demo' });
    try {
      const ctx = client();
      expect(await backend.dispatch('week.get', { weekStart: DEMO_WEEK }, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect((await backend.dispatch('profile.select', { kind: 'coordinator' }, ctx)).ok).toBe(true);
      expect((await backend.dispatch('week.get', { weekStart: DEMO_WEEK }, ctx)).ok).toBe(true);
    } finally {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the chosen profile on the client session only', async () => {
    const a = client();
    const b = client();
    expect(await call(a, 'profile.current', {})).toEqual({ profile: null });
    const chosen = await call(a, 'profile.select', { kind: 'consultant', consultantId: 'C-02' });
    expect(chosen.profile).toEqual({ kind: 'consultant', id: 'C-02', name: 'Fatima El Amrani' });
    expect((await call(a, 'profile.current', {})).profile?.id).toBe('C-02');
    expect((await call(b, 'profile.current', {})).profile).toBeNull();
    expect((await fail(b, 'profile.select', { kind: 'liaison', schoolId: 'S-NIET' })).code).toBe('not_found');
    const options = await call(b, 'profile.options', {});
    expect(options.consultants.map((c) => c.id)).toContain('C-08');
    expect(options.schools.map((s) => s.id).sort()).toEqual(['S-LING', 'S-MERW']);
  });
});
