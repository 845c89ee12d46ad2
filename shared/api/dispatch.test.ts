import { describe, expect, it, vi } from 'vitest';
import { createDispatch, type Handlers } from './dispatch';
import { ApiError } from './errors';
import { anonymousCtx, type ApiCtx } from './access';

// Only the calls these tests use; the rest of the contract is not needed here.
function handlers(overrides: Partial<Handlers<ApiCtx>> = {}): Handlers<ApiCtx> {
  return {
    'app.info': () => ({ version: '1.0.0', schemaVersion: 1, dataFile: '/tmp/x.sqlite', regionName: 'Testregio', today: '2026-11-25' }),
    'region.overview': () => {
      throw new Error('not used');
    },
    'week.get': ({ weekStart }) => ({ weekStart, isoYear: 2026, isoWeek: 48, status: 'concept', sessions: [] }),
    'participants.search': () => ({ total: 0, items: [] }),
    ...overrides,
  } as Handlers<ApiCtx>;
}

describe('dispatch', () => {
  it('runs a valid call and returns contract-checked data', async () => {
    const d = createDispatch(handlers());
    expect(await d('week.get', { weekStart: '2026-11-23' }, anonymousCtx())).toEqual({
      ok: true,
      data: { weekStart: '2026-11-23', isoYear: 2026, isoWeek: 48, status: 'concept', sessions: [] },
    });
  });

  it('rejects invalid input with the field named, before any handler runs', async () => {
    const weekGet = vi.fn();
    const d = createDispatch(handlers({ 'week.get': weekGet }));
    const r = await d('week.get', { weekStart: '2026-11-24' }, anonymousCtx());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.field).toBe('weekStart');
      expect(r.error.message).toContain('maandag');
    }
    const r2 = await d('participants.search', { query: 'x', limit: 'veel' }, anonymousCtx());
    expect(!r2.ok && r2.error.field).toBe('limit');
    const r3 = await d('week.get', { weekStart: '2026-11-23', extra: 1 }, anonymousCtx());
    expect(r3.ok).toBe(false);
    expect(weekGet).not.toHaveBeenCalled();
  });

  it('fills input defaults before the handler sees them', async () => {
    const search = vi.fn(() => ({ total: 0, items: [] }));
    const d = createDispatch(handlers({ 'participants.search': search }));
    await d('participants.search', {}, anonymousCtx());
    expect(search).toHaveBeenCalledWith({ query: '', limit: 50, offset: 0 }, anonymousCtx());
  });

  it('names unknown calls', async () => {
    const r = await createDispatch(handlers())('week.delete', {}, anonymousCtx());
    expect(r).toEqual({ ok: false, error: { code: 'unknown_call', message: 'Onbekende aanroep: week.delete' } });
  });

  it('passes ApiErrors through and hides other errors as internal', async () => {
    const onInternalError = vi.fn();
    const d = createDispatch(
      handlers({
        'app.info': () => {
          throw new ApiError({ code: 'not_found', message: 'Niet gevonden.' });
        },
      }),
      { onInternalError },
    );
    expect(await d('app.info', {}, anonymousCtx())).toEqual({ ok: false, error: { code: 'not_found', message: 'Niet gevonden.' } });
    const r = await d('region.overview', {}, anonymousCtx());
    expect(!r.ok && r.error.code).toBe('internal');
    expect(!r.ok && r.error.message).not.toContain('not used');
    expect(onInternalError).toHaveBeenCalledTimes(1);
  });

  it('refuses output that breaks the contract', async () => {
    const d = createDispatch(handlers({ 'participants.search': () => ({ total: -1, items: [] }) }));
    const r = await d('participants.search', {}, anonymousCtx());
    expect(!r.ok && r.error.code).toBe('internal');
  });
});
