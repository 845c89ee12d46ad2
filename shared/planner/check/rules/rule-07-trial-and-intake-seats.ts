// SPEC rule 7, trial lessons and startklas places: a trial lesson at the demand's school in a
// class of the participant's route indication, and no more people in a class session or intake
// moment than it has seats.
import type { InstanceIndex, SeatTarget } from '../../index-instance';
import type { Demand } from '../../spec';
import { listNl, locationName, plural, spanNl } from '../messages';
import type { RuleInput, Violation } from '../types';

/** School and route of one trial-lesson seat; called while the plan is resolved (check/resolve.ts). */
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
export function checkTrialAndIntakeSeats({ idx, resolved }: RuleInput, out: Violation[]): void {
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
