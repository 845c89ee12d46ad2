// Rule 7: trial-lesson seats (school, route, trialSeats) and startklas intake seats.
import type { InstanceIndex, SeatTarget } from '../index-instance';
import type { Demand } from '../spec';
import { listNl, locationName, plural, spanNl } from './messages';
import type { Resolved } from './resolve';
import type { Violation } from './types';

/** School and route of one trial-lesson seat; called while the plan is resolved. */
export function checkSeatFit(idx: InstanceIndex, pi: number, demand: Demand | undefined, target: SeatTarget, out: Violation[]): void {
  const cls = target.cls;
  if (!cls) return;
  const p = idx.instance.participants[pi];
  if (demand && demand.kind === 'trialLesson' && demand.schoolId !== cls.schoolId) {
    out.push({
      rule: 7,
      entities: [p.id, demand.id, cls.id],
      message: `${p.name} heeft een proefles nodig bij school ${demand.schoolId ?? '(geen school opgegeven)'}, maar is ingepland in klas ${cls.id} van school ${cls.schoolId} (${spanNl(target.start, target.end)}).`,
    });
  }
  if (p.routeIndication !== null && cls.route !== p.routeIndication) {
    out.push({
      rule: 7,
      entities: demand ? [p.id, demand.id, cls.id] : [p.id, cls.id],
      message: `${p.name} heeft route-indicatie ${p.routeIndication}, maar de proefles in klas ${cls.id} (${spanNl(target.start, target.end)}) is route ${cls.route}.`,
    });
  }
}

/** trialSeats per class session and seats per intake moment. */
export function checkSeatCounts(idx: InstanceIndex, resolved: Resolved, out: Violation[]): void {
  const people = idx.instance.participants;
  for (const [gi, pis] of resolved.seated) {
    const t = idx.seatTargets[gi];
    if (pis.length <= t.capacity) continue;
    const names = listNl(pis.map((pi) => people[pi].name));
    const ids = pis.map((pi) => people[pi].id);
    if (t.cls) {
      out.push({
        rule: 7,
        entities: [t.ref, ...ids],
        message: `Klas ${t.ref} van school ${t.cls.schoolId} heeft op ${spanNl(t.start, t.end)} ${plural(t.capacity, 'proeflesplaats', 'proeflesplaatsen')}, maar er ${pis.length === 1 ? 'is' : 'zijn'} ${plural(pis.length, 'deelnemer', 'deelnemers')} ingepland (${names}).`,
      });
    } else {
      out.push({
        rule: 7,
        entities: [t.ref, ...ids],
        message: `De startklas-intake ${t.ref} (${locationName(idx, t.locationId)}, ${spanNl(t.start, t.end)}) heeft ${plural(t.capacity, 'plaats', 'plaatsen')}, maar er ${pis.length === 1 ? 'is' : 'zijn'} ${plural(pis.length, 'deelnemer', 'deelnemers')} ingepland (${names}).`,
      });
    }
  }
}
