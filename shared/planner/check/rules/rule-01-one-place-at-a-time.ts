// SPEC rule 1, one place at a time: a participant can reach each activity from home, is not
// busy during it, and does not have two activities at once or too close for the travel between
// them on one day.
import { travelAt } from '../../index-instance';
import type { Minutes } from '../../../domain/time';
import { dayNl, locationName, spanNl, timeNl } from '../messages';
import type { Activity, RuleInput, Violation } from '../types';

const dayKey = (m: Minutes) => Math.floor(m / 1440);

export function checkOnePlaceAtATime({ idx, resolved }: RuleInput, out: Violation[]): void {
  const people = idx.instance.participants;
  for (const pi of resolved.active) {
    const acts = resolved.byParticipant[pi]!;
    const p = people[pi];
    const pid = p.id;
    const who = p.name;
    const busy = idx.busy[pi];
    const home = idx.home[pi];

    let prev: Activity | null = null;
    for (const a of acts) {
      // Reaching the activity from home at all.
      if (a.locationId !== null && travelAt(idx, home, a.li) === null && p.homeLocationId !== a.locationId) {
        out.push({
          rule: 1,
          entities: [pid, a.ref, p.homeLocationId, a.locationId],
          message: `${who} kan op ${spanNl(a.start, a.end)} niet bij ${a.label} komen: er is geen reisverbinding tussen thuis (${locationName(idx, p.homeLocationId)}) en ${locationName(idx, a.locationId)}.`,
        });
      }

      // Busy intervals against the activity itself. Busy time has no location, so no travel is
      // counted around it (the SPEC's conflict-free baseline plans back-to-back with busy
      // time); travel from home matters for the household rule (9).
      for (const b of busy) {
        if (b.start >= a.end) break;
        if (b.end <= a.start) continue;
        out.push({
          rule: 1,
          entities: a.demandId ? [pid, a.ref, a.demandId] : [pid, a.ref],
          message: `${who} is op ${spanNl(b.start, b.end)} al bezet (werk, les of afspraak), maar staat op ${spanNl(a.start, a.end)} in ${a.label}.`,
        });
      }

      // Against the previous activity. Sorted by start, so overlap with any earlier activity
      // shows up against the one that ends last.
      if (prev) {
        if (a.start < prev.end) {
          out.push({
            rule: 1,
            entities: [pid, prev.ref, a.ref],
            message: `${who} staat tegelijk in ${prev.label}, ${spanNl(prev.start, prev.end)}, en in ${a.label}, ${spanNl(a.start, a.end)}.`,
          });
        } else if (dayKey(prev.start) === dayKey(a.start) && prev.locationId !== null && a.locationId !== null && prev.locationId !== a.locationId) {
          const need = travelAt(idx, prev.li, a.li);
          const gap = a.start - prev.end;
          if (need === null) {
            out.push({
              rule: 1,
              entities: [pid, prev.ref, a.ref, prev.locationId, a.locationId],
              message: `${who} moet op ${dayNl(a.start)} van ${prev.label}, klaar om ${timeNl(prev.end)}, naar ${a.label} om ${timeNl(a.start)}, maar er is geen reisverbinding tussen ${locationName(idx, prev.locationId)} en ${locationName(idx, a.locationId)}.`,
            });
          } else if (gap < need) {
            out.push({
              rule: 1,
              entities: [pid, prev.ref, a.ref],
              message: `${who} heeft op ${dayNl(a.start)} maar ${gap} minuten tussen ${prev.label}, klaar om ${timeNl(prev.end)}, en ${a.label} om ${timeNl(a.start)}; de reis duurt ${need} minuten.`,
            });
          }
        }
      }
      if (!prev || a.end > prev.end) prev = a;
    }
  }
}
