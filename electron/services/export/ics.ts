// export.ics: one interpreter's or consultant's sessions of a week as an iCalendar file for
// Outlook. The file leaves the app, so it carries no participant names, only how many come.
import type { Handlers } from '../../../shared/api/dispatch';
import { ApiError } from '../../../shared/api/errors';
import { buildIcs, type IcsEvent } from '../../../shared/export/ics';
import { languageName } from '../../../shared/domain/languages';
import { isoWeekOf } from '../../../shared/domain/week';
import { writeTx } from '../../../db/connection';
import { writeAudit } from '../../../db/repositories/audit';
import { listWeekSessions } from '../../../db/repositories/sessions';
import { resourceName } from '../../../db/repositories/region';
import { auditContext, type ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';

/** "Amira El Idrissi" -> "amira-el-idrissi": safe in a file name on every system. */
export function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'onbekend'
  );
}

export function exportHandlers({ db, env }: ServiceDeps): Pick<Handlers<ApiCtx>, 'export.ics'> {
  return {
    'export.ics': ({ weekStart, person }) => {
      const name = resourceName(db, person.kind, person.id);
      const role = person.kind === 'interpreter' ? 'tolk' : 'consulent';
      if (name === null) throw new ApiError({ code: 'not_found', field: 'person.id', message: `${role === 'tolk' ? 'Tolk' : 'Consulent'} ${person.id} bestaat niet.` });
      const sessions = listWeekSessions(db, weekStart).filter((s) => (person.kind === 'interpreter' ? s.interpreter?.id === person.id : s.consultant.id === person.id));
      const events: IcsEvent[] = sessions.map((s) => ({
        uid: `${s.id}@keten-planner`,
        start: s.start,
        end: s.end,
        summary: s.kind === 'groupInfo' ? `Groepsvoorlichting ${s.language ? languageName(s.language) : ''}`.trim() : 'Leerbaarheidstoets',
        location: `${s.room.name}, ${s.room.locationName}`,
        description: [
          `Consulent: ${s.consultant.name}`,
          s.interpreter ? `Tolk: ${s.interpreter.name}` : null,
          `Aantal deelnemers: ${s.participants.length}`,
          s.status === 'proposed' ? 'Nog een voorstel: tijd en plaats kunnen nog wijzigen.' : null,
        ]
          .filter(Boolean)
          .join('\n'),
        status: s.status === 'accepted' ? 'CONFIRMED' : 'TENTATIVE',
      }));
      const { year, week } = isoWeekOf(weekStart);
      const ww = String(week).padStart(2, '0');
      const content = buildIcs({ name: `Keten Planner week ${week} – ${name}`, stamp: new Date().toISOString(), events });
      writeTx(db, () =>
        writeAudit(db, auditContext(env, 'Agenda van de week gedeeld met tolk of consulent'), 'export', person.kind, person.id, { weekStart, sessions: events.length }),
      );
      return { filename: `keten-planner-${year}-W${ww}-${role}-${slug(name)}.ics`, content };
    },
  };
}
