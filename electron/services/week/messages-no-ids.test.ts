// Issue 13, messages as data: on every demo week, no conflict sentence, fix label or checker
// violation, in Dutch or English, shows an internal id (people, households, children, sessions,
// rooms, schools, classes, intakes, demands, ...) or an unfilled {parameter}.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../shared/api/dispatch';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import type { ApiCtx } from '../../../shared/api/access';
import { renderMsg, type Msg } from '../../../shared/messages';
import { checkPlan } from '../../../shared/planner/check';
import { planWeek } from '../../../shared/planner/plan';
import type { Instance, Plan } from '../../../shared/planner/spec';
import { fromMinutes, toMinutes } from '../../../shared/domain/time';
import type { Db } from '../../../db/connection';
import { allRegionIds, weeksWithSessions } from '../../../db/repositories/test-helpers-demo';
import { callOk, coordinatorServices } from '../../../test/support/demo-services';

let db: Db;
let dispatch: Dispatch<ApiCtx>;

beforeAll(() => {
  ({ db, dispatch } = coordinatorServices());
});

const call = <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => callOk(dispatch, name, input);

/** A test per id would be slow: one pattern of all ids, matched whole ("KND-07" not in "KND-074"). */
function idPattern(ids: string[]): RegExp {
  // Ids that read as words (a language code, a kind) cannot be told from text; internal ids have a digit or a dash.
  const internal = ids.filter((id) => id.length >= 3 && /[\d-]/.test(id));
  const escaped = internal.sort((a, b) => b.length - a.length).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\w-])(${escaped.join('|')})(?![\\w-])`);
}

/** A copy of the week with every session at one time in one room, everyone in the first group session, no childcare. */
function disturb(instance: Instance, plan: Plan): { instance: Instance; plan: Plan } {
  const i: Instance = structuredClone(instance);
  const q: Plan = structuredClone(plan);
  const first = q.sessions.find((s) => s.kind === 'groupInfo');
  for (const c of i.consultants) c.toetsCertified = false;
  for (const r of i.rooms) r.laptopsTouch = 0;
  for (const s of q.sessions.slice(1)) {
    if (!first) break;
    const len = toMinutes(s.end) - toMinutes(s.start);
    s.start = first.start;
    s.end = fromMinutes(toMinutes(first.start) + len);
    s.roomId = first.roomId;
    s.consultantId = first.consultantId;
    s.interpreterId = first.interpreterId;
  }
  if (first) first.participants = i.participants.slice(0, 40).map((x) => x.id);
  q.seats = [...q.seats, ...q.seats];
  q.childcare = [];
  return { instance: i, plan: q };
}

describe('messages without ids on the demo weeks', () => {
  it('writes every conflict, fix and violation in Dutch and English without ids or unfilled parameters', async () => {
    const weeks = weeksWithSessions(db);
    expect(weeks.length).toBeGreaterThan(0);
    const ids = new Set(allRegionIds(db));
    let seen = 0;
    const rules: number[] = [];
    // The planner's reasons for what it leaves unplanned, in Dutch and English.
    const reasons: string[] = [];
    const sentences: string[] = [];
    const both = (m: Msg | undefined, nl: string) => {
      expect(m, nl).toBeDefined();
      expect(renderMsg(m!, 'nl')).toBe(nl);
      sentences.push(nl, renderMsg(m!, 'en'));
    };
    for (const weekStart of weeks) {
      // A double booking in the stored week, so week.conflicts has conflicts with fixes.
      const before = await call('week.planning', { weekStart });
      const [a, b] = before.plan.sessions;
      if (a && b) await call('session.update', { sessionId: b.id, start: a.start, roomId: a.roomId, consultantId: a.consultantId, confirmPublished: true });
      const p = await call('week.planning', { weekStart });
      // Ids the instance makes up (intake moments per day, adults outside the programme).
      for (const k of p.instance.startklasIntakes) ids.add(k.id);
      for (const h of p.instance.households) for (const a of h.adults) ids.add(a);
      for (const d of p.instance.demands) ids.add(d.id);
      for (const v of checkPlan(p.instance, p.plan).violations) both(v.msg, v.message);
      // And a week broken every way the checker knows, in memory: every rule's sentences.
      const broken = disturb(p.instance, p.plan);
      const vs = checkPlan(broken.instance, broken.plan).violations;
      for (const v of vs) both(v.msg, v.message);
      rules.push(...vs.map((v) => v.rule));
      for (const u of planWeek(p.instance, { iterations: 30 }).unplanned) {
        expect(u.msg, u.reason).toBeDefined();
        expect(renderMsg(u.msg!, 'nl')).toBe(u.reason);
        reasons.push(u.reason, renderMsg(u.msg!, 'en'));
      }
      const r = await call('week.conflicts', { weekStart });
      for (const c of r.conflicts) {
        both(c.msg, c.msg ? renderMsg(c.msg, 'nl') : c.message);
        for (const f of c.fixes) both(f.msg, f.label);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect([...new Set(rules)]).toEqual(expect.arrayContaining([0, 1, 2, 3, 4, 5, 6, 7, 9]));
    const pattern = idPattern([...ids]);
    const bad = sentences.filter((s) => pattern.test(s) || /\{\w+(:[^}]*)?\}/.test(s) || /Onbekende melding|Unknown message/.test(s));
    expect(bad.slice(0, 10)).toEqual([]);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.filter((s) => pattern.test(s) || /\{\w+(:[^}]*)?\}|Onbekende melding|Unknown message/.test(s)).slice(0, 10)).toEqual([]);
    expect(reasons.filter((s, i) => i % 2 === 1 && /\b(geen|opvang|deelnemers?|tolk|vrije?|niet)\b/.test(s)).slice(0, 5)).toEqual([]);
    // English sentences are English: no Dutch kind names left over.
    expect(sentences.filter((s, i) => i % 2 === 1 && /\b(groepsvoorlichting|leerbaarheidstoets|geen opvang)\b/.test(s)).slice(0, 5)).toEqual([]);
  }, 300_000);
});
