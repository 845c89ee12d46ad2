// week.unplanned after a planner run on the demo week (issue 13, messages as data): every reason
// comes as a message that the English interface writes in English, with no ids, and the Dutch
// text beside it is that message in Dutch.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AppEvent, CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import { renderMsg } from '../../../shared/messages';
import { allRegionIds } from '../../../db/repositories/test-helpers-demo';
import { listSchools } from '../../../db/repositories/region';
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

  it('after discarding the proposal gives every demand left one reason, and names the school of each trial lesson', async () => {
    const { db, dispatch, bus } = demoServices({ planWorker: worker });
    const call = <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => callOk(dispatch, name, input);
    const codes = (items: CallOutput<'week.unplanned'>['items']) => [...new Set(items.map((i) => i.msg?.code))];

    const fresh = await call('week.unplanned', { weekStart: W });
    expect(codes(fresh.items)).toEqual(['planner.notRunYet']);
    // A participant may wait for trial lessons at two schools: each row says which one.
    const trials = fresh.items.filter((i) => i.kind === 'trialLesson');
    expect(trials.length).toBeGreaterThan(0);
    const schoolNames = new Set(listSchools(db).map((s) => s.name));
    for (const i of trials) expect(schoolNames.has(i.schoolName ?? '')).toBe(true);
    for (const i of fresh.items.filter((x) => x.kind !== 'trialLesson')) expect(i.schoolName).toBeNull();
    const rows = trials.map((i) => `${i.participant.id}|${i.schoolName}`);
    expect(new Set(rows).size).toBe(rows.length);
    expect(new Set(trials.map((i) => i.participant.id)).size).toBeLessThan(trials.length);

    const done = new Promise<Extract<AppEvent, { type: 'planner.finished' }>>((resolve) =>
      bus.on((e) => {
        if (e.type === 'planner.finished') resolve(e);
      }),
    );
    await call('planner.start', { weekStart: W, timeLimitSeconds: 1, seed: 1 });
    expect((await done).state).toBe('done');
    const planned = await call('week.unplanned', { weekStart: W });
    expect(planned.items.every((i) => i.msg?.code.startsWith('planner.reason.'))).toBe(true);
    expect(planned.items.length).toBeLessThan(fresh.items.length);

    await call('proposal.discard', { weekStart: W, confirmPublished: true });
    const after = await call('week.unplanned', { weekStart: W });
    // Back to the week before the run: the same demands, and one reason for all of them (the
    // run's reasons were about the proposal that is gone).
    expect(after.items.map((i) => i.demandId).sort()).toEqual(fresh.items.map((i) => i.demandId).sort());
    expect(codes(after.items)).toEqual(['planner.runNoLongerApplies']);
    expect(renderMsg(after.items[0].msg!, 'en')).not.toMatch(DUTCH);
    db.close();
  }, 60_000);
});
