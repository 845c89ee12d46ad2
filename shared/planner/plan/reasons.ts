// Why a demand stayed unplanned, in words a coordinator can act on: the first thing that blocks
// it, found by re-trying the demand against the final plan step by step (options at all, free
// capacity, the participant's own time, then childcare). Each reason is a message (codes
// planner.reason.* in shared/messages/catalog/planner.ts): schools, people and languages by
// name, never by id; the plan keeps its Dutch rendering as the SPEC's reason text.
import { msg, p, type Msg, type MsgParam } from '../../messages';
import { indexInstance, type InstanceIndex } from '../index-instance';
import { languageP, momentP, peopleP, schoolP } from '../check/msg-params';
import { servableLanguages } from './bound';
import type { Ctx } from './context';
import { fromMinutes } from '../../domain/time';
import { holidayMsg, holidaysBetween } from '../../domain/holidays';
import { addDays } from '../../domain/week';
import { childAge, gridStarts, type Model } from './model';
import { NONE, type State } from './state';

/** The adults of a household who are in the instance, by name ("Fatima en Ahmed"); null when none is. */
function householdAdults(m: Model, idx: InstanceIndex, hh: number): MsgParam | null {
  const id = m.households[hh].id;
  const adults = (m.inst.households.find((h) => h.id === id)?.adults ?? []).filter((a) => idx.participants.has(a));
  return adults.length > 0 ? peopleP(idx, adults) : null;
}

/** Languages as alternatives: "Arabisch/Tigrinya". */
function languagesP(codes: string[]): MsgParam {
  const each = codes.map(languageP);
  return each.length === 0 ? p.text('') : each.reduce((a, b) => p.msg(msg('planner.reason.either', { a, b })));
}

/** "geen opvang voor Sara (2 jaar) van Fatima en Ahmed tijdens de proefles". */
function noCare(m: Model, idx: InstanceIndex, fail: { hh: number; child: number; at: number }, kind: MsgParam): Msg {
  const c = m.households[fail.hh].children[fail.child];
  const age = p.age(childAge(c, fromMinutes(fail.at).slice(0, 10)));
  const name = m.inst.labels?.children?.[c.id];
  const child = p.msg(name ? msg('planner.reason.child', { name: p.person(name), age }) : msg('planner.reason.childNoName', { age }));
  const adults = householdAdults(m, idx, fail.hh);
  return adults ? msg('planner.reason.noCare', { child, adults, kind }) : msg('planner.reason.noCareHousehold', { child, kind });
}

/** Try to place d at a time/place; report whether the only obstacle is childcare. */
function careBlocks(st: State, d: number, start: number, end: number, loc: number): boolean {
  st.lastCareFailure = null;
  if (st.addAct(d, start, end, loc)) {
    st.removeAct(d);
    return false;
  }
  return st.lastCareFailure !== null;
}

type Memo = Map<string, boolean>;

export function explainUnplanned(m: Model, st: State, ctx: Ctx): Map<string, Msg> {
  const out = new Map<string, Msg>();
  const memo: Memo = new Map();
  const servable = servableLanguages(m, ctx);
  const speakers = new Set(m.consultants.flatMap((c) => [...c.langs]));
  const idx = indexInstance(m.inst);
  for (const D of m.inst.demands) if (!m.pIndex.has(D.participantId)) out.set(D.id, msg('planner.reason.notInWeek'));
  for (let d = 0; d < m.demands.length; d++) {
    if (st.assignKind[d] !== NONE) continue;
    out.set(m.demands[d].id, withHoliday(m, d, explain(m, idx, st, ctx, d, servable, speakers, memo)));
  }
  return out;
}

/** The reasons that say nothing was free or offered: a public holiday in the week is part of why. */
const NOTHING_FREE = new Set(
  [
    'noLessons',
    'noOption',
    'noTrialSeat',
    'noTrialSeatRoute',
    'noIntakeSeat',
    'noInterpreterWeek',
    'noInterpreterAtRoom',
    'noConsultantAtRoom',
    'noCertified',
    'noToetsMoment',
    'noToetsMomentTouch',
  ].map((c) => `planner.reason.${c}`),
);

/**
 * A reason of nothing free names the public holidays of the week on or after the demand's earliest
 * day (no lesson, intake, session or childcare takes place then, shared/domain/holidays):
 * "...; vr 25 dec is Eerste Kerstdag: feestdag, dan wordt niets ingepland".
 */
function withHoliday(m: Model, d: number, why: Msg): Msg {
  if (!NOTHING_FREE.has(why.code)) return why;
  const from = fromMinutes(m.demands[d].earliest).slice(0, 10);
  const weekEnd = addDays(m.inst.week.start, m.inst.week.days - 1);
  const days = holidaysBetween(from > m.inst.week.start ? from : m.inst.week.start, weekEnd);
  if (days.length === 0) return why;
  const holidays = p.list(days.map((h) => p.msg(msg('planner.reason.holidayDay', { date: p.date(h.date), holiday: p.msg(holidayMsg(h.code)) }))));
  return msg('planner.reason.holiday', { reason: p.msg(why), holidays });
}

function explain(m: Model, idx: InstanceIndex, st: State, ctx: Ctx, d: number, servable: Set<string>, speakers: Set<string>, memo: Memo): Msg {
  // Whether a moment has free room and staff does not depend on the person: remember it.
  const cached = (key: string, f: () => boolean) => {
    let v = memo.get(key);
    if (v === undefined) {
      v = f();
      memo.set(key, v);
    }
    return v;
  };
  const D = m.demands[d];
  const P = m.participants[D.p];
  const after = momentP(D.earliest);
  const kind = p.kind(D.kind);
  // Childcare is the reason only if it blocks every moment tried; one moment without a care
  // problem settles it, so stop checking then (the checks are the expensive part).
  const care: { fail: { hh: number; child: number; at: number } | null; ok: boolean; tries: number } = { fail: null, ok: false, tries: 0 };
  const noteCare = (start: number, end: number, loc: number) => {
    if (care.ok || care.tries >= 30) return;
    care.tries++;
    if (careBlocks(st, d, start, end, loc)) care.fail ??= st.lastCareFailure;
    else care.ok = true;
  };
  /** The plain reason, or with the household it is shared in when the household has more adults. */
  const costsOther = (plain: string, shared: string): Msg => {
    const adults = P.hh >= 0 && m.households[P.hh].adults.length > 1 ? householdAdults(m, idx, P.hh) : null;
    return adults ? msg(shared, { adults }) : msg(plain);
  };

  if (D.kind === 'trialLesson' || D.kind === 'startklasIntake') {
    const trial = D.kind === 'trialLesson';
    const school = schoolP(idx, D.school);
    const route = P.route ? p.text(P.route) : null;
    const what = p.msg(
      !trial ? msg('planner.reason.what.intake') : route ? msg('planner.reason.what.trialRoute', { school, route }) : msg('planner.reason.what.trial', { school }),
    );
    if (trial && !m.classSessions.some((c) => c.school === D.school)) return msg('planner.reason.noLessons', { school });
    if (trial && !m.classSessions.some((c) => c.school === D.school && (P.route === null || c.route === P.route)))
      return msg('planner.reason.noClassForRoute', { school, route: route ?? p.text('') });
    const opts = ctx.seatOpts[d];
    if (opts.length === 0) return msg('planner.reason.noOption', { what, after });
    let open = 0;
    let freeTime = 0;
    for (const o of opts) {
      const pl = trial ? m.classSessions[o] : m.intakes[o];
      const left = trial ? m.classSessions[o].seats - st.classUsed[o] : m.intakes[o].seats - st.intakeUsed[o];
      if (left <= 0) continue;
      open++;
      if (!st.freeAt(D.p, pl.start, pl.end, pl.loc)) continue;
      freeTime++;
      noteCare(pl.start, pl.end, pl.loc);
    }
    if (open === 0) {
      if (!trial) return msg('planner.reason.noIntakeSeat', { after });
      return route ? msg('planner.reason.noTrialSeatRoute', { school, route, after }) : msg('planner.reason.noTrialSeat', { school, after });
    }
    if (freeTime === 0) return msg(trial ? 'planner.reason.trialsClash' : 'planner.reason.intakesClash');
    if (care.fail && !care.ok) return noCare(m, idx, care.fail, kind);
    return costsOther('planner.reason.seatCostsOther', 'planner.reason.seatCostsOtherShared');
  }
  if (!ctx.sessOk[d]) return msg('planner.reason.otherDemand', { kind });

  if (D.kind === 'groupInfo') {
    const langs = P.langs;
    const languages = languagesP(langs);
    const usable = langs.filter((l) => servable.has(l));
    if (usable.length === 0) {
      const staffed = langs.filter((l) => speakers.has(l) || m.interpreters.some((t) => t.langs.has(l) && t.avail.length > 0));
      if (staffed.length === 0) return msg('planner.reason.noInterpreterWeek', { languages });
      return msg('planner.reason.tooFewSpeakers', { languages, min: m.giMin });
    }
    const usableLanguages = languagesP(usable);
    let staffedMoment = false;
    let personFree = false;
    for (let day = 0; day < m.days.length; day++) {
      for (const start of gridStarts(m, day, m.giMinutes)) {
        if (start < D.earliest) continue;
        const end = start + m.giMinutes;
        for (const loc of ctx.giLocs) {
          const room = cached(`gr|${start}|${loc}`, () =>
            (ctx.roomsAtLoc.get(loc) ?? []).some((r) => m.rooms[r].groupInfo && st.roomFree(r, start, end) && m.rooms[r].capacity >= m.giMin + 1),
          );
          if (!room) continue;
          for (const l of usable) {
            const staffed = cached(`gs|${start}|${l}`, () => {
              const cons = m.consultants.some((c, i) => st.consFree(i, start, end) && c.langs.has(l));
              return cons || (m.consultants.some((_, i) => st.consFree(i, start, end)) && (ctx.interpByLang.get(l) ?? []).some((t) => st.interpFree(t, start, end)));
            });
            if (!staffed) continue;
            staffedMoment = true;
            if (!st.freeAt(D.p, start, end, loc)) continue;
            personFree = true;
            noteCare(start, end, loc);
          }
        }
      }
    }
    const open = st.sessions.some(
      (S) =>
        S &&
        S.kind === 'groupInfo' &&
        usable.includes(S.lang!) &&
        S.start >= D.earliest &&
        !S.pinned &&
        st.sessionHasRoomFor(st.sessions.indexOf(S), d) &&
        st.freeAt(D.p, S.start, S.end, m.rooms[S.room].loc),
    );
    if (!staffedMoment && !open) {
      const needsInterp = usable.every((l) => !speakers.has(l));
      return needsInterp ? msg('planner.reason.noInterpreterAtRoom', { languages: usableLanguages, after }) : msg('planner.reason.noConsultantAtRoom', { after });
    }
    if (!personFree && !open) return msg('planner.reason.notFreeGroupInfo', { languages: usableLanguages });
    if (care.fail && !care.ok) return noCare(m, idx, care.fail, kind);
    return msg('planner.reason.tooFewOthers', { languages: usableLanguages, min: m.giMin });
  }

  // toets
  if (!m.consultants.some((c) => c.cert && c.avail.length > 0)) return msg('planner.reason.noCertified');
  const touch = P.skill !== 'good';
  if (touch && !m.rooms.some((r) => r.toets && r.touch > 0)) return msg('planner.reason.noTouchRoom');
  let moment = false;
  let personFree = false;
  for (let day = 0; day < m.days.length; day++) {
    for (const start of gridStarts(m, day, m.toetsMinutes)) {
      if (start < D.earliest) continue;
      const end = start + m.toetsMinutes;
      const cons = cached(`tc|${start}`, () => m.consultants.some((c, i) => c.cert && st.consFree(i, start, end)));
      if (!cons) continue;
      for (const loc of ctx.toetsLocs) {
        const room = cached(`tr|${start}|${loc}|${touch}`, () =>
          (ctx.roomsAtLoc.get(loc) ?? []).some((r) => m.rooms[r].toets && st.roomFree(r, start, end) && (!touch || m.rooms[r].touch > 0)),
        );
        if (!room) continue;
        moment = true;
        if (!st.freeAt(D.p, start, end, loc)) continue;
        personFree = true;
        noteCare(start, end, loc);
      }
    }
  }
  const open = st.sessions.some(
    (S, i) => S && S.kind === 'toets' && !S.pinned && S.start >= D.earliest && st.sessionHasRoomFor(i, d) && st.freeAt(D.p, S.start, S.end, m.rooms[S.room].loc),
  );
  if (!moment && !open) return msg(touch ? 'planner.reason.noToetsMomentTouch' : 'planner.reason.noToetsMoment', { after });
  if (!personFree && !open) return msg('planner.reason.notFreeToets');
  if (care.fail && !care.ok) return noCare(m, idx, care.fail, kind);
  return costsOther('planner.reason.toetsCostsOther', 'planner.reason.toetsCostsOtherShared');
}
