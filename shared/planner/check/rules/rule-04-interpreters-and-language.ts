// SPEC rule 4, interpreters and language: a group session has a language every participant
// speaks, spoken by the consultant or else by an available interpreter who is in one session
// at a time; a toets has no interpreter.
import { insideAny } from '../../../domain/intervals';
import { msg, p } from '../../../messages';
import { languageP, peopleP, sessionP, spanP, violation } from '../msg-params';
import type { RuleInput, Violation } from '../types';
import { doubleBookings, sessionsPer } from './double-bookings';

export function checkInterpretersAndLanguage({ idx, sessions }: RuleInput, out: Violation[]): void {
  for (const { s, start, end } of sessions) {
    const what = sessionP(idx, s);
    const when = spanP(start, end);
    const interpreter = s.interpreterId !== null ? idx.interpreters.get(s.interpreterId) : undefined;
    if (interpreter && !insideAny(idx.interpreterAvailable.get(interpreter.id)!, start, end)) {
      out.push(violation(4, [s.id, interpreter.id], msg('check.r4.interpreterUnavailable', { who: p.person(interpreter.name), when, what })));
    }
    if (s.kind === 'toets') {
      if (s.interpreterId !== null) {
        out.push(violation(4, [s.id, s.interpreterId], msg('check.r4.toetsInterpreter', { what, when })));
      }
      continue;
    }
    if (s.language === null || s.language === '') {
      out.push(violation(4, [s.id], msg('check.r4.noLanguage', { what, when })));
      continue;
    }
    const lang = s.language;
    const language = languageP(lang);
    const notSpeaking = s.participants.filter((pid) => {
      const p = idx.participants.get(pid);
      return p !== undefined && p.language !== lang && !p.otherLanguages.includes(lang);
    });
    if (notSpeaking.length > 0) {
      out.push(violation(4, [s.id, ...notSpeaking], msg('check.r4.notSpeaking', { who: peopleP(idx, notSpeaking), language, what, when })));
    }
    const consultant = idx.consultants.get(s.consultantId);
    if (consultant && !consultant.languages.includes(lang)) {
      if (s.interpreterId === null) {
        out.push(violation(4, [s.id, consultant.id], msg('check.r4.noInterpreter', { who: p.person(consultant.name), language, what, when })));
      } else if (interpreter && !interpreter.languages.includes(lang)) {
        out.push(
          violation(
            4,
            [s.id, consultant.id, interpreter.id],
            msg('check.r4.nobodySpeaks', { who: p.person(consultant.name), interpreter: p.person(interpreter.name), language, what, when }),
          ),
        );
      }
    }
  }

  doubleBookings(
    sessionsPer(sessions, (t) => t.s.interpreterId),
    (a, b, id) =>
      violation(
        4,
        [a.s.id, b.s.id, id],
        msg('check.r4.double', {
          who: p.person(idx.interpreters.get(id)?.name ?? id),
          a: sessionP(idx, a.s),
          aWhen: spanP(a.start, a.end),
          b: sessionP(idx, b.s),
          bWhen: spanP(b.start, b.end),
        }),
      ),
    out,
  );
}
