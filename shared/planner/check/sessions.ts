// Rules on the new sessions themselves: rooms (2), consultants (3), interpreters and language
// (4), toets laptops (5), group sizes (6) and the grid (10).
import { insideAny, type InstanceIndex } from '../index-instance';
import type { Plan, PlanSession } from '../spec';
import { toMinutes } from '../../domain/time';
import { languageName } from '../../domain/languages';
import { KIND_NL } from '../../domain/kinds';
import { listNl, personName, plural, roomName, spanNl } from './messages';
import type { Violation } from './types';

interface Timed {
  s: PlanSession;
  start: number;
  end: number;
}

export function checkSessions(idx: InstanceIndex, plan: Plan, out: Violation[]): void {
  const timed: Timed[] = plan.sessions.map((s) => ({ s, start: toMinutes(s.start), end: toMinutes(s.end) }));
  const byRoom = new Map<string, Timed[]>();
  const byConsultant = new Map<string, Timed[]>();
  const byInterpreter = new Map<string, Timed[]>();
  const push = (m: Map<string, Timed[]>, k: string, t: Timed) => {
    const l = m.get(k);
    if (l) l.push(t);
    else m.set(k, [t]);
  };
  const { groupInfo, toets } = idx.instance.activity;

  for (const t of timed) {
    const { s, start, end } = t;
    const what = `${KIND_NL[s.kind]} ${s.id}`;
    const when = spanNl(start, end);
    push(byRoom, s.roomId, t);
    push(byConsultant, s.consultantId, t);
    if (s.interpreterId !== null) push(byInterpreter, s.interpreterId, t);

    // Rule 2.
    const room = idx.rooms.get(s.roomId);
    if (room) {
      const people = s.participants.length + 1 + (s.interpreterId !== null ? 1 : 0);
      if (people > room.capacity) {
        out.push({
          rule: 2,
          entities: [s.id, room.id],
          message: `De ${what} op ${when} heeft ${people} personen (deelnemers, consulent${s.interpreterId ? ', tolk' : ''}), maar ${roomName(idx, room.id)} biedt plaats aan ${room.capacity}.`,
        });
      }
      if (!room.kinds.includes(s.kind)) {
        out.push({ rule: 2, entities: [s.id, room.id], message: `${roomName(idx, room.id)} is niet geschikt voor een ${KIND_NL[s.kind]} (${what} op ${when}).` });
      }
      if (!insideAny(idx.roomAvailable.get(room.id)!, start, end)) {
        out.push({ rule: 2, entities: [s.id, room.id], message: `${roomName(idx, room.id)} is op ${when} niet beschikbaar voor de ${what}.` });
      }
    }

    // Rule 3.
    const consultant = idx.consultants.get(s.consultantId);
    if (consultant) {
      if (!insideAny(idx.consultantAvailable.get(consultant.id)!, start, end)) {
        out.push({ rule: 3, entities: [s.id, consultant.id], message: `${consultant.name} is op ${when} niet beschikbaar voor de ${what}.` });
      }
      if (s.kind === 'toets' && !consultant.toetsCertified) {
        out.push({
          rule: 3,
          entities: [s.id, consultant.id],
          message: `${consultant.name} is niet gecertificeerd voor de leerbaarheidstoets, maar begeleidt de ${what} op ${when}.`,
        });
      }
    }

    // Rule 4.
    const interpreter = s.interpreterId !== null ? idx.interpreters.get(s.interpreterId) : undefined;
    if (interpreter && !insideAny(idx.interpreterAvailable.get(interpreter.id)!, start, end)) {
      out.push({ rule: 4, entities: [s.id, interpreter.id], message: `Tolk ${interpreter.name} is op ${when} niet beschikbaar voor de ${what}.` });
    }
    if (s.kind === 'toets') {
      if (s.interpreterId !== null) {
        out.push({ rule: 4, entities: [s.id, s.interpreterId], message: `Bij de ${what} op ${when} is een tolk ingepland; bij een leerbaarheidstoets is geen tolk aanwezig.` });
      }
    } else if (s.language === null || s.language === '') {
      out.push({ rule: 4, entities: [s.id], message: `De ${what} op ${when} heeft geen taal.` });
    } else {
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
          message: `${listNl(notSpeaking.map((p) => personName(idx, p)))} ${notSpeaking.length === 1 ? 'spreekt' : 'spreken'} geen ${langNl}, maar ${notSpeaking.length === 1 ? 'staat' : 'staan'} in de ${what} in het ${langNl} op ${when}.`,
        });
      }
      if (consultant && !consultant.languages.includes(lang)) {
        if (s.interpreterId === null) {
          out.push({
            rule: 4,
            entities: [s.id, consultant.id],
            message: `${consultant.name} spreekt geen ${langNl} en bij de ${what} op ${when} is geen tolk ${langNl} ingepland.`,
          });
        } else if (interpreter && !interpreter.languages.includes(lang)) {
          out.push({
            rule: 4,
            entities: [s.id, consultant.id, interpreter.id],
            message: `${consultant.name} spreekt geen ${langNl} en tolk ${interpreter.name} ook niet (${what} op ${when}).`,
          });
        }
      }
    }

    // Rule 5.
    if (s.kind === 'toets' && room) {
      let needTouch = 0;
      for (const pid of s.participants) {
        const skill = idx.participants.get(pid)?.digitalSkill;
        if (skill === 'none' || skill === 'basic') needTouch++;
      }
      const total = s.participants.length;
      if (needTouch > room.laptopsTouch) {
        out.push({
          rule: 5,
          entities: [s.id, room.id],
          message: `Bij de ${what} op ${when} ${needTouch === 1 ? 'heeft 1 deelnemer' : `hebben ${needTouch} deelnemers`} een touchscreen-laptop nodig, maar ${roomName(idx, room.id)} heeft er ${room.laptopsTouch}.`,
        });
      }
      if (total > room.laptopsTouch + room.laptopsMouse) {
        out.push({
          rule: 5,
          entities: [s.id, room.id],
          message: `De ${what} op ${when} heeft ${plural(total, 'deelnemer', 'deelnemers')}, maar ${roomName(idx, room.id)} heeft ${plural(room.laptopsTouch + room.laptopsMouse, 'laptop', 'laptops')}.`,
        });
      }
      if (toets.maxSize !== null && total > toets.maxSize) {
        out.push({ rule: 5, entities: [s.id], message: `De ${what} op ${when} heeft ${plural(total, 'deelnemer', 'deelnemers')}; het maximum is ${toets.maxSize}.` });
      }
    }

    // Rule 6.
    if (s.kind === 'groupInfo') {
      const n = s.participants.length;
      if (n < groupInfo.minSize || n > groupInfo.maxSize) {
        out.push({
          rule: 6,
          entities: [s.id],
          message: `De ${what} op ${when} heeft ${plural(n, 'deelnemer', 'deelnemers')}; een groep heeft er ${groupInfo.minSize} tot en met ${groupInfo.maxSize}.`,
        });
      }
    }

    // Rule 10.
    const day = s.start.slice(0, 10);
    const startOfDay = toMinutes(`${day}T00:00`);
    const fromDayStart = start - startOfDay - idx.dayStart;
    if (!idx.weekDays.has(day)) {
      out.push({ rule: 10, entities: [s.id], message: `De ${what} op ${when} valt niet op een werkdag van deze week.` });
    }
    if (fromDayStart < 0 || fromDayStart % idx.instance.grid.slotMinutes !== 0) {
      out.push({
        rule: 10,
        entities: [s.id],
        message: `De ${what} begint om ${s.start.slice(11, 16)}; sessies beginnen vanaf ${idx.instance.grid.dayStart} op een veelvoud van ${idx.instance.grid.slotMinutes} minuten.`,
      });
    }
    if (s.end.slice(0, 10) !== day || end - startOfDay > idx.dayEnd) {
      out.push({ rule: 10, entities: [s.id], message: `De ${what} op ${when} eindigt na ${idx.instance.grid.dayEnd}.` });
    }
  }

  overlapsPer(byRoom, (a, b, id) => ({
    rule: 2,
    entities: [a.s.id, b.s.id, id],
    message: `${roomName(idx, id)} is dubbel geboekt: ${KIND_NL[a.s.kind]} ${a.s.id} (${spanNl(a.start, a.end)}) en ${KIND_NL[b.s.kind]} ${b.s.id} (${spanNl(b.start, b.end)}).`,
  }), out);
  overlapsPer(byConsultant, (a, b, id) => ({
    rule: 3,
    entities: [a.s.id, b.s.id, id],
    message: `${idx.consultants.get(id)?.name ?? id} staat tegelijk in ${KIND_NL[a.s.kind]} ${a.s.id} (${spanNl(a.start, a.end)}) en ${KIND_NL[b.s.kind]} ${b.s.id} (${spanNl(b.start, b.end)}).`,
  }), out);
  overlapsPer(byInterpreter, (a, b, id) => ({
    rule: 4,
    entities: [a.s.id, b.s.id, id],
    message: `Tolk ${idx.interpreters.get(id)?.name ?? id} staat tegelijk in ${KIND_NL[a.s.kind]} ${a.s.id} (${spanNl(a.start, a.end)}) en ${KIND_NL[b.s.kind]} ${b.s.id} (${spanNl(b.start, b.end)}).`,
  }), out);
}

/** Sort each resource's sessions and report every session that overlaps an earlier one. */
function overlapsPer(
  groups: Map<string, Timed[]>,
  make: (a: Timed, b: Timed, resourceId: string) => Violation,
  out: Violation[],
): void {
  for (const [id, list] of groups) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.start - b.start);
    let last = list[0];
    for (let i = 1; i < list.length; i++) {
      const t = list[i];
      if (t.start < last.end) out.push(make(last, t, id));
      if (t.end > last.end) last = t;
    }
  }
}
