// week.unplanned after a planner run on the demo week (issue 13, messages as data): every reason
// comes as a message that the English interface writes in English, with no ids, and the Dutch
// text beside it is that message in Dutch.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AppEvent, CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import { renderMsg } from '../../../shared/messages';
import { allRegionIds } from '../../../db/repositories/test-helpers-demo';
import { callOk, DEMO_WEEK as W, demoServices } from '../../../test/support/demo-services';

const worker = {
  file: fileURLToPath(new URL('../../../test/support/ts-worker.mjs', import.meta.url)),
  extraData: { __tsEntry: fileURLToPath(new URL('../../planner-jobs/plan-worker.ts', import.meta.url)) },
};

/** Internal ids (they have a digit or a dash), matched whole. */
function idPattern(ids: string[]): RegExp {
  const internal = ids.filter((id) => id.length >= 3 && /[\d-]/.test(id));
  const escaped = internal.sort((a, b) => b.length - a.length).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\w-])(${escaped.join('|')})(?![\\w-])`);
}

/** Words of the Dutch reasons that have no place in an English sentence. */
const DUTCH =
  /\b(geen|deelnemers?|opvang|tolk|vrije?|proefles(sen)?|proefplaats|toetsruimte|toetsplek|zaal|consulent|niet|ingepland|deze week|tijdens|huishouden|spreken|lessen|klas|minimaal|afspraak)\b/i;

describe('week.unplanned after a planner run', () => {
  it('gives each reason as a message that reads in English without Dutch words or ids', async () => {
    const { db, dispatch, bus } = demoServices({ planWorker: worker });
    const call = <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => callOk(dispatch, name, input);
    const done = new Promise<Extract<AppEvent, { type: 'planner.finished' }>>((resolve) =>
      bus.on((e) => {
        if (e.type === 'planner.finished') resolve(e);
      }),
    );
    await call('planner.start', { weekStart: W, timeLimitSeconds: 1, seed: 1 });
    const end = await done;
    expect(end.state).toBe('done');

    const { items } = await call('week.unplanned', { weekStart: W });
    expect(items.length).toBe(end.unplanned);
    expect(items.length).toBeGreaterThan(0);
    const planning = await call('week.planning', { weekStart: W });
    const ids = new Set(allRegionIds(db));
    for (const d of planning.instance.demands) ids.add(d.id);
    for (const k of planning.instance.startklasIntakes) ids.add(k.id);
    for (const h of planning.instance.households) for (const a of h.adults) ids.add(a);
    const pattern = idPattern([...ids]);

    const codes = new Set<string>();
    for (const item of items) {
      expect(item.msg, item.reason).toBeDefined();
      const m = item.msg!;
      codes.add(m.code);
      expect(m.code).toMatch(/^planner\.reason\./);
      expect(renderMsg(m, 'nl')).toBe(item.reason);
      const en = renderMsg(m, 'en');
      for (const text of [item.reason, en]) {
        expect(text).not.toMatch(pattern);
        expect(text).not.toMatch(/\{\w+(:[^}]*)?\}|Onbekende melding|Unknown message/);
      }
      expect(en, item.reason).not.toMatch(DUTCH);
    }
    expect(codes.size).toBeGreaterThan(0);
    db.close();
  }, 60_000);
});
