// SPEC rule 1, one place at a time: a participant can reach each activity from home, is not
// busy during it, and does not have two activities at once or too close for the travel between
// them on one day.
import { travelAt } from '../../index-instance';
import type { Minutes } from '../../../domain/time';
import { msg, p } from '../../../messages';
import { timeNl } from '../messages';
import { dayP, locationP, personP, spanP, violation } from '../msg-params';
import type { Activity, RuleInput, Violation } from '../types';

const dayKey = (m: Minutes) => Math.floor(m / 1440);

export function checkOnePlaceAtATime({ idx, resolved }: RuleInput, out: Violation[]): void {
  const people = idx.instance.participants;
  for (const pi of resolved.active) {
    const acts = resolved.byParticipant[pi]!;
    const q = people[pi];
    const pid = q.id;
    const who = personP(idx, pid);
    const busy = idx.busy[pi];
    const home = idx.home[pi];

    let prev: Activity | null = null;
    for (const a of acts) {
      // Reaching the activity from home at all.
      if (a.locationId !== null && travelAt(idx, home, a.li) === null && q.homeLocationId !== a.locationId) {
        out.push(
          violation(
            1,
            [pid, a.ref, q.homeLocationId, a.locationId],
            msg('check.r1.unreachable', { who, when: spanP(a.start, a.end), what: a.what, home: locationP(idx, q.homeLocationId), place: locationP(idx, a.locationId) }),
          ),
        );
      }

      // Busy intervals against the activity itself. Busy time has no location, so no travel is
      // counted around it (the SPEC's conflict-free baseline plans back-to-back with busy
      // time); travel from home matters for the household rule (9).
      for (const b of busy) {
        if (b.start >= a.end) break;
        if (b.end <= a.start) continue;
        out.push(
          violation(1, a.demandId ? [pid, a.ref, a.demandId] : [pid, a.ref], msg('check.r1.busy', { who, busy: spanP(b.start, b.end), when: spanP(a.start, a.end), what: a.what })),
        );
      }

      // Against the previous activity. Sorted by start, so overlap with any earlier activity
      // shows up against the one that ends last.
      if (prev) {
        if (a.start < prev.end) {
          out.push(
            violation(1, [pid, prev.ref, a.ref], msg('check.r1.overlap', { who, a: prev.what, aWhen: spanP(prev.start, prev.end), b: a.what, bWhen: spanP(a.start, a.end) })),
          );
        } else if (dayKey(prev.start) === dayKey(a.start) && prev.locationId !== null && a.locationId !== null && prev.locationId !== a.locationId) {
          const need = travelAt(idx, prev.li, a.li);
          const gap = a.start - prev.end;
          if (need === null) {
            out.push(
              violation(
                1,
                [pid, prev.ref, a.ref, prev.locationId, a.locationId],
                msg('check.r1.noRoute', {
                  who,
                  day: dayP(a.start),
                  a: prev.what,
                  aEnd: p.time(timeNl(prev.end)),
                  b: a.what,
                  bStart: p.time(timeNl(a.start)),
                  from: locationP(idx, prev.locationId),
                  to: locationP(idx, a.locationId),
                }),
              ),
            );
          } else if (gap < need) {
            out.push(
              violation(
                1,
                [pid, prev.ref, a.ref],
                msg('check.r1.tooClose', { who, day: dayP(a.start), gap, a: prev.what, aEnd: p.time(timeNl(prev.end)), b: a.what, bStart: p.time(timeNl(a.start)), need }),
              ),
            );
          }
        }
      }
      if (!prev || a.end > prev.end) prev = a;
    }
  }
}
