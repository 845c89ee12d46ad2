// What a step and a booked appointment are called where a person reads them (the caseload, the
// client page, the erasure preview): messages by kind, language school and class name.
import { msg, type Msg } from '../messages';
import type { DemandKind } from './kinds';

/** "Proefles Taalschool Noord (B1-ochtend)", "Leerbaarheidstoets"... */
export function appointmentMsg(a: { kind: DemandKind; schoolName?: string | null; className?: string | null }): Msg {
  if (a.kind === 'trialLesson' && a.schoolName) return msg('caseload.appointment.trialLesson', { school: a.schoolName, klas: a.className ?? '' });
  if (a.kind === 'trialLesson') return msg('caseload.step.trialLesson');
  return msg(`caseload.appointment.${a.kind}`);
}

/** "Proefles Taalschool Noord", "Startklas-intake"... */
export function stepMsg(s: { kind: DemandKind; schoolName?: string | null }): Msg {
  if (s.kind === 'trialLesson' && s.schoolName) return msg('caseload.step.trialLessonAt', { school: s.schoolName });
  return msg(`caseload.step.${s.kind}`);
}
