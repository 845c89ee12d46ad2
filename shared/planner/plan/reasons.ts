// Why a demand stayed unplanned, in words a coordinator can act on: the first thing that blocks
// it, found by re-trying the demand against the final plan step by step (options at all, free
// capacity, the participant's own time, then childcare).
import { languageName } from '../../domain/languages';
import { ageNl, listNl } from '../check/messages';
import { servableLanguages } from './bound';
import type { Ctx } from './context';
import { fromMinutes } from '../../domain/time';
import { childAge, gridStarts, type Model } from './model';
import { NONE, type State } from './state';

import { MONTH_NAMES_NL as MONTHS } from '../../domain/dutch-dates';

function when(t: number): string {
  const s = fromMinutes(t);
  return `${+s.slice(8, 10)} ${MONTHS[+s.slice(5, 7) - 1]} ${s.slice(11, 16)}`;
}

/** The household by its adults' names ("Fatima en Ahmed"), never by id. */
function householdNames(m: Model, hh: number): string {
  const id = m.households[hh].id;
  const adults = m.inst.households.find((h) => h.id === id)?.adults ?? [];
  const names = adults.map((a) => m.inst.participants.find((q) => q.id === a)?.name).filter((n): n is string => !!n);
  return names.length > 0 ? listNl(names) : 'het huishouden';
}

/** A school by its name when the instance knows it. */
function schoolName(m: Model, schoolId: string | null): string {
  return schoolId === null ? '(geen school opgegeven)' : (m.inst.labels?.schools?.[schoolId] ?? schoolId);
}

function childText(m: Model, hh: number, child: number, at: number): string {
  const c = m.households[hh].children[child];
  const age = ageNl(childAge(c, fromMinutes(at).slice(0, 10)));
  const name = m.inst.labels?.children?.[c.id];
  return `geen opvang voor ${name ? `${name} (${age})` : `kind (${age})`} van ${householdNames(m, hh)}`;
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

export function explainUnplanned(m: Model, st: State, ctx: Ctx): Map<string, string> {
  const out = new Map<string, string>();
  const memo: Memo = new Map();
  const servable = servableLanguages(m, ctx);
  const speakers = new Set(m.consultants.flatMap((c) => [...c.langs]));
  for (const D of m.inst.demands) if (!m.pIndex.has(D.participantId)) out.set(D.id, 'de deelnemer staat niet in deze week');
  for (let d = 0; d < m.demands.length; d++) {
    if (st.assignKind[d] !== NONE) continue;
    out.set(m.demands[d].id, explain(m, st, ctx, d, servable, speakers, memo));
  }
  return out;
}

function explain(m: Model, st: State, ctx: Ctx, d: number, servable: Set<string>, speakers: Set<string>, memo: Memo): string {
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
  const after = `na ${when(D.earliest)}`;
  // Childcare is the reason only if it blocks every moment tried; one moment without a care
  // problem settles it, so stop checking then (the checks are the expensive part).
  const care: { fail: { hh: number; child: number; at: number } | null; ok: boolean; tries: number } = { fail: null, ok: false, tries: 0 };
  const noteCare = (start: number, end: number, loc: number) => {
    if (care.ok || care.tries >= 30) return;
    care.tries++;
    if (careBlocks(st, d, start, end, loc)) care.fail ??= st.lastCareFailure;
    else care.ok = true;
  };
  const imbalanceNote = () => (P.hh >= 0 && m.households[P.hh].adults.length > 1 ? ` (de plaatsen zijn verdeeld over ${householdNames(m, P.hh)})` : '');

  if (D.kind === 'trialLesson' || D.kind === 'startklasIntake') {
    const trial = D.kind === 'trialLesson';
    const what = trial ? `proefles bij ${schoolName(m, D.school)}${P.route ? ` voor route ${P.route}` : ''}` : 'startklas-intake';
    if (trial && !m.classSessions.some((c) => c.school === D.school)) return `${schoolName(m, D.school)} heeft deze week geen lessen`;
    if (trial && !m.classSessions.some((c) => c.school === D.school && (P.route === null || c.route === P.route)))
      return `geen klas van ${schoolName(m, D.school)} voor route ${P.route}`;
    const opts = ctx.seatOpts[d];
    if (opts.length === 0) return `geen ${what} ${after} buiten de andere afspraken van de deelnemer`;
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
    if (open === 0)
      return trial
        ? `geen vrije proefplaats bij ${schoolName(m, D.school)}${P.route ? ` voor route ${P.route}` : ''} ${after}`
        : `geen vrije plaats bij een startklas-intake ${after}`;
    if (freeTime === 0) return `de ${trial ? 'proeflessen' : 'intakemomenten'} met een vrije plaats botsen met andere activiteiten of reistijd van de deelnemer`;
    if (care.fail && !care.ok) return `${childText(m, care.fail.hh, care.fail.child, care.fail.at)} tijdens de ${trial ? 'proefles' : 'intake'}`;
    return `een vrije plaats past alleen ten koste van een andere afspraak${imbalanceNote()}`;
  }
  if (!ctx.sessOk[d]) return `deelnemer heeft al een andere vraag voor ${D.kind === 'toets' ? 'een toets' : 'groepsvoorlichting'} deze week`;

  if (D.kind === 'groupInfo') {
    const langs = P.langs;
    const names = langs.map((l) => languageName(l)).join('/');
    const usable = langs.filter((l) => servable.has(l));
    if (usable.length === 0) {
      const staffed = langs.filter((l) => speakers.has(l) || m.interpreters.some((t) => t.langs.has(l) && t.avail.length > 0));
      if (staffed.length === 0) return `geen tolk ${names} beschikbaar deze week`;
      return `te weinig deelnemers die ${names} spreken voor een groep (minimaal ${m.giMin})`;
    }
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
      return needsInterp
        ? `geen tolk ${usable.map((l) => languageName(l)).join('/')} beschikbaar op momenten met een vrije zaal ${after}`
        : `geen consulent vrij op momenten met een vrije zaal ${after}`;
    }
    if (!personFree && !open) return `deelnemer is niet vrij op de momenten waarop een zaal, consulent en tolk ${usable.map((l) => languageName(l)).join('/')} vrij zijn`;
    if (care.fail && !care.ok) return `${childText(m, care.fail.hh, care.fail.child, care.fail.at)} tijdens de groepsvoorlichting`;
    return `te weinig andere deelnemers die ${usable.map((l) => languageName(l)).join('/')} spreken op momenten dat deelnemer kan (minimaal ${m.giMin} per groep)`;
  }

  // toets
  if (!m.consultants.some((c) => c.cert && c.avail.length > 0)) return 'geen gecertificeerde consulent beschikbaar deze week';
  const touch = P.skill !== 'good';
  if (touch && !m.rooms.some((r) => r.toets && r.touch > 0)) return 'geen toetsruimte met touchscreen-laptops (deelnemer heeft weinig digitale vaardigheid)';
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
  if (!moment && !open) return `geen gecertificeerde consulent en ${touch ? 'toetsruimte met touchscreen-laptop' : 'toetsruimte'} tegelijk vrij ${after}`;
  if (!personFree && !open) return 'deelnemer is niet vrij op de momenten waarop een gecertificeerde consulent en toetsruimte vrij zijn';
  if (care.fail && !care.ok) return `${childText(m, care.fail.hh, care.fail.child, care.fail.at)} tijdens de toets`;
  return `een toetsplek past alleen ten koste van een andere afspraak${imbalanceNote()}`;
}
