// SPEC rule 4, interpreters and language: a group session has a language every participant
// speaks, spoken by the consultant or else by an available interpreter who is in one session
// at a time; a toets has no interpreter.
import { insideAny } from '../../../domain/intervals';
import { languageName } from '../../../domain/languages';
import { listNl, personName, sessionNl, spanNl } from '../messages';
import type { RuleInput, Violation } from '../types';
import { doubleBookings, sessionsPer } from './double-bookings';

export function checkInterpretersAndLanguage({ idx, sessions }: RuleInput, out: Violation[]): void {
  for (const { s, start, end } of sessions) {
    const what = sessionNl(s);
    const interpreter = s.interpreterId !== null ? idx.interpreters.get(s.interpreterId) : undefined;
    if (interpreter && !insideAny(idx.interpreterAvailable.get(interpreter.id)!, start, end)) {
      out.push({ rule: 4, entities: [s.id, interpreter.id], message: `Tolk ${interpreter.name} is op ${spanNl(start, end)} niet beschikbaar voor de ${what}.` });
    }
    if (s.kind === 'toets') {
      if (s.interpreterId !== null) {
        out.push({
          rule: 4,
          entities: [s.id, s.interpreterId],
          message: `Bij de ${what} op ${spanNl(start, end)} is een tolk ingepland; bij een leerbaarheidstoets is geen tolk aanwezig.`,
        });
      }
      continue;
    }
    if (s.language === null || s.language === '') {
      out.push({ rule: 4, entities: [s.id], message: `De ${what} op ${spanNl(start, end)} heeft geen taal.` });
      continue;
    }
    const lang = s.language;
    const langNl = languageName(lang);
    const notSpeaking = s.participants.filter((pid) => {
      const p = idx.participants.get(pid);
      return p !== undefined && p.language !== lang && !p.otherLanguages.includes(lang);
    });
    if (notSpeaking.length > 0) {
      out.push({
        rule: 4,
        entities: [s.id, ...notSpeaking],
        message: `${listNl(notSpeaking.map((p) => personName(idx, p)))} ${notSpeaking.length === 1 ? 'spreekt' : 'spreken'} geen ${langNl}, maar ${notSpeaking.length === 1 ? 'staat' : 'staan'} in de ${what} in het ${langNl} op ${spanNl(start, end)}.`,
      });
    }
    const consultant = idx.consultants.get(s.consultantId);
    if (consultant && !consultant.languages.includes(lang)) {
      if (s.interpreterId === null) {
        out.push({
          rule: 4,
          entities: [s.id, consultant.id],
          message: `${consultant.name} spreekt geen ${langNl} en bij de ${what} op ${spanNl(start, end)} is geen tolk ${langNl} ingepland.`,
        });
      } else if (interpreter && !interpreter.languages.includes(lang)) {
        out.push({
          rule: 4,
          entities: [s.id, consultant.id, interpreter.id],
          message: `${consultant.name} spreekt geen ${langNl} en tolk ${interpreter.name} ook niet (${what} op ${spanNl(start, end)}).`,
        });
      }
    }
  }

  doubleBookings(
    sessionsPer(sessions, (t) => t.s.interpreterId),
    (a, b, id) => ({
      rule: 4,
      entities: [a.s.id, b.s.id, id],
      message: `Tolk ${idx.interpreters.get(id)?.name ?? id} staat tegelijk in ${sessionNl(a.s)} (${spanNl(a.start, a.end)}) en ${sessionNl(b.s)} (${spanNl(b.start, b.end)}).`,
    }),
    out,
  );
}
