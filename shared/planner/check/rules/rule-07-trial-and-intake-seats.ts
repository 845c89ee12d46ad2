// SPEC rule 7, trial lessons and startklas places: a trial lesson at the demand's school in a
// class of the participant's route indication, and no more people in a class session or intake
// moment than it has seats.
import type { InstanceIndex, SeatTarget } from '../../index-instance';
import type { Demand } from '../../spec';
import { msg, p as param } from '../../../messages';
import { classP, peopleP, personP, schoolP, seatTargetP, spanP, violation } from '../msg-params';
import type { RuleInput, Violation } from '../types';

/** School and route of one trial-lesson seat; called while the plan is resolved (check/resolve.ts). */
export function checkSeatFit(idx: InstanceIndex, pi: number, demand: Demand | undefined, target: SeatTarget, out: Violation[]): void {
  const cls = target.cls;
  if (!cls) return;
  const p = idx.instance.participants[pi];
  if (demand && demand.kind === 'trialLesson' && demand.schoolId !== cls.schoolId) {
    out.push(
      violation(
        7,
        [p.id, demand.id, cls.id],
        msg('check.r7.wrongSchool', { who: personP(idx, p.id), school: schoolP(idx, demand.schoolId), what: seatTargetP(idx, target), when: spanP(target.start, target.end) }),
      ),
    );
  }
  if (p.routeIndication !== null && cls.route !== p.routeIndication) {
    out.push(
      violation(
        7,
        demand ? [p.id, demand.id, cls.id] : [p.id, cls.id],
        msg('check.r7.wrongRoute', {
          who: personP(idx, p.id),
          route: param.text(p.routeIndication),
          what: seatTargetP(idx, target),
          when: spanP(target.start, target.end),
          classRoute: param.text(cls.route),
        }),
      ),
    );
  }
}

/** trialSeats per class session and seats per intake moment. */
export function checkTrialAndIntakeSeats({ idx, resolved }: RuleInput, out: Violation[]): void {
  const people = idx.instance.participants;
  for (const [gi, pis] of resolved.seated) {
    const t = idx.seatTargets[gi];
    if (pis.length <= t.capacity) continue;
    const ids = pis.map((pi) => people[pi].id);
    const who = peopleP(idx, ids);
    if (t.cls) {
      out.push(violation(7, [t.ref, ...ids], msg('check.r7.classFull', { what: classP(idx, t.cls), when: spanP(t.start, t.end), cap: t.capacity, n: pis.length, who })));
    } else {
      out.push(violation(7, [t.ref, ...ids], msg('check.r7.intakeFull', { what: seatTargetP(idx, t), when: spanP(t.start, t.end), cap: t.capacity, n: pis.length, who })));
    }
  }
}
