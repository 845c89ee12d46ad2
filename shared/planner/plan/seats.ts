// Seats in existing class sessions (proeflessen) and startklas intake moments: fixed times, so
// each demand only chooses among its few options.
import { benefit, type Ctx } from './context';
import { NONE } from './state';

function optionPlace(ctx: Ctx, d: number, o: number): { start: number; end: number; loc: number; left: number } {
  const { m, st } = ctx;
  if (m.demands[d].kind === 'trialLesson') {
    const C = m.classSessions[o];
    return { start: C.start, end: C.end, loc: C.loc, left: C.seats - st.classUsed[o] };
  }
  const K = m.intakes[o];
  return { start: K.start, end: K.end, loc: K.loc, left: K.seats - st.intakeUsed[o] };
}

function place(ctx: Ctx, d: number, o: number): boolean {
  return ctx.m.demands[d].kind === 'trialLesson' ? ctx.st.seatClass(d, o) : ctx.st.seatIntake(d, o);
}

/** Seat demand d in its best open option (least travel and childcare); false if none fits. */
export function trySeat(ctx: Ctx, d: number): boolean {
  const { m, st } = ctx;
  if (st.assignKind[d] !== NONE) return true;
  const D = m.demands[d];
  const P = m.participants[D.p];
  const open: { o: number; score: number }[] = [];
  for (const o of ctx.seatOpts[d]) {
    const pl = optionPlace(ctx, d, o);
    if (pl.left <= 0 || !st.freeAt(D.p, pl.start, pl.end, pl.loc)) continue;
    open.push({ o, score: benefit(ctx, d, pl.loc) });
  }
  if (open.length === 0) return false;
  open.sort((a, b) => b.score - a.score || a.o - b.o);
  const withKids = P.hh >= 0 && m.households[P.hh].children.length > 0;
  if (!withKids) {
    for (const x of open) if (place(ctx, d, x.o)) return true;
    return false;
  }
  // Childcare bookings cost too: try each option and keep the cheapest.
  let best = -1;
  let bestScore = -Infinity;
  for (const x of open) {
    const before = st.hhBook[P.hh].length;
    if (!place(ctx, d, x.o)) continue;
    const s = x.score - m.w.childcareSlot * (st.hhBook[P.hh].length - before);
    st.unassign(d);
    if (s > bestScore) {
      bestScore = s;
      best = x.o;
    }
  }
  return best >= 0 && place(ctx, d, best);
}

/** Seat the given demands, most constrained first. */
export function planSeats(ctx: Ctx, ds: number[]): void {
  const { m, st } = ctx;
  const list = ds.filter((d) => st.assignKind[d] === NONE && (m.demands[d].kind === 'trialLesson' || m.demands[d].kind === 'startklasIntake'));
  const key = new Map<number, number>();
  for (const d of list) {
    const opts = ctx.seatOpts[d].length;
    key.set(d, opts * 100 - m.demands[d].prio * 5 + (ctx.noise > 0 ? ctx.rng.next() * 60 * ctx.noise * 10 : 0));
  }
  list.sort((a, b) => key.get(a)! - key.get(b)! || a - b);
  for (const d of list) trySeat(ctx, d);
}
