// Calendars for Outlook: one interpreter's or consultant's week as an iCalendar file, every
// staff member's at once as a zip, and a consultant's own week. The files leave the app, so
// they carry no participant names, only how many come. Each entry's UID is
// "<session id>@<installation id>" (stable, never shared by two installations); its SEQUENCE
// rises whenever the entry handed out changes; a published session someone no longer has is
// sent to them as cancelled.
import { strToU8, zipSync } from 'fflate';
import type { Handlers } from '../../../shared/api/dispatch';
import { ApiError } from '../../../shared/api/errors';
import { buildIcs } from '../../../shared/export/ics';
import { affectedPeople, diffPublished, staffCalendar, staffWithCalendars, type StaffKind } from '../../../shared/export/published-week';
import { isoWeekOf } from '../../../shared/domain/week';
import type { Db } from '../../../db/connection';
import { writeTx } from '../../../db/connection';
import { writeAudit } from '../../../db/repositories/audit';
import { getWeekStatus } from '../../../db/repositories/sessions';
import { currentSessionStates, installationId, issueSequences, publishedSessions } from '../../../db/repositories/publication';
import { resourceName } from '../../../db/repositories/region';
import { auditContext, type ServiceDeps } from '../context';
import { requireProfile } from '../caller';
import type { ApiCtx } from '../../../shared/api/access';
import { msg, renderMsg, type MsgLang } from '../../../shared/messages';

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

/** The words in a file name, in the reader's language (a name is text a person reads: no ids). */
const FILE_WORDS: Record<MsgLang, Record<StaffKind | 'changed' | 'all', string>> = {
  nl: { interpreter: 'tolk', consultant: 'consulent', changed: 'wijzigingen', all: 'agendas' },
  en: { interpreter: 'interpreter', consultant: 'consultant', changed: 'changes', all: 'calendars' },
};

function weekTag(weekStart: string): string {
  const { year, week } = isoWeekOf(weekStart);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

interface StaffFile {
  filename: string;
  content: string;
  events: number;
}

/** The week's sessions now and as published (cancelled ones included); empty for a week never published. */
function weekStates(db: Db, weekStart: string) {
  return { current: currentSessionStates(db, weekStart), published: getWeekStatus(db, weekStart) === 'published' ? publishedSessions(db, weekStart) : [] };
}

/**
 * One staff member's calendar file. Runs inside the caller's transaction: handing the file out
 * stores each entry's version and SEQUENCE.
 */
function staffFile(db: Db, weekStart: string, person: { kind: StaffKind; id: string; name: string }, states: ReturnType<typeof weekStates>, lang: MsgLang = 'nl'): StaffFile {
  const entries = staffCalendar(person, states.current, states.published, lang);
  const sequences = issueSequences(db, entries);
  const host = installationId(db);
  const content = buildIcs({
    name: renderMsg(msg('ics.calendarName', { week: isoWeekOf(weekStart).week, name: person.name }), lang),
    stamp: new Date().toISOString(),
    events: entries.map((e) => ({ ...e.event, uid: `${e.sessionId}@${host}`, sequence: sequences.get(e.sessionId) ?? 0 })),
  });
  return { filename: `keten-planner-${weekTag(weekStart)}-${FILE_WORDS[lang][person.kind]}-${slug(person.name)}.ics`, content, events: entries.length };
}

function requireStaff(db: Db, person: { kind: StaffKind; id: string }, field: string): { kind: StaffKind; id: string; name: string } {
  const name = resourceName(db, person.kind, person.id);
  if (name === null) throw new ApiError({ code: 'not_found', field, message: `${person.kind === 'interpreter' ? 'Tolk' : 'Consulent'} ${person.id} bestaat niet.` });
  return { ...person, name };
}

export function exportHandlers({ db, env }: ServiceDeps): Pick<Handlers<ApiCtx>, 'export.ics' | 'export.zip' | 'export.ownWeek'> {
  return {
    'export.ics': ({ weekStart, person, lang }) => {
      const who = requireStaff(db, person, 'person.id');
      return writeTx(db, () => {
        const file = staffFile(db, weekStart, who, weekStates(db, weekStart), lang);
        writeAudit(db, auditContext(env, 'Agenda van de week gedeeld met tolk of consulent'), 'export', person.kind, person.id, { weekStart, sessions: file.events });
        return { filename: file.filename, content: file.content };
      });
    },

    'export.zip': ({ weekStart, scope, lang }) =>
      writeTx(db, () => {
        const states = weekStates(db, weekStart);
        let staff = staffWithCalendars(states.current, states.published);
        if (scope === 'changed') {
          const affected = new Set(
            affectedPeople(
              diffPublished(
                states.published.filter((s) => !s.cancelled),
                states.current,
              ),
            ).map((p) => `${p.role}:${p.id}`),
          );
          staff = staff.filter((p) => affected.has(`${p.kind}:${p.id}`));
        }
        if (staff.length === 0) {
          throw new ApiError({
            code: 'not_found',
            message:
              scope === 'changed'
                ? `In week ${isoWeekOf(weekStart).week} is sinds de publicatie niets gewijzigd voor tolken of consulenten.`
                : `Week ${isoWeekOf(weekStart).week} heeft geen sessies met tolken of consulenten.`,
          });
        }
        staff.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'nl'));
        const ctx = auditContext(env, scope === 'changed' ? 'Gewijzigde agenda’s gedeeld na publicatie' : 'Agenda’s van de week gedeeld met tolken en consulenten');
        const zipped: Record<string, Uint8Array> = {};
        const files: { filename: string; kind: StaffKind; name: string }[] = [];
        for (const p of staff) {
          const file = staffFile(db, weekStart, p, states, lang);
          // Two people with the same name get their own file.
          let filename = file.filename;
          for (let n = 2; zipped[filename]; n++) filename = file.filename.replace(/\.ics$/, `-${n}.ics`);
          zipped[filename] = strToU8(file.content);
          files.push({ filename, kind: p.kind, name: p.name });
          writeAudit(db, ctx, 'export', p.kind, p.id, { weekStart, sessions: file.events, zip: true });
        }
        const zip = zipSync(zipped, { level: 6, mtime: new Date() });
        return {
          filename: `keten-planner-${weekTag(weekStart)}-${FILE_WORDS[lang ?? 'nl'][scope === 'changed' ? 'changed' : 'all']}.zip`,
          base64: Buffer.from(zip).toString('base64'),
          files,
        };
      }),

    'export.ownWeek': ({ weekStart, lang }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const who = requireStaff(db, { kind: 'consultant', id: me.id }, 'profile');
      return writeTx(db, () => {
        const file = staffFile(db, weekStart, who, weekStates(db, weekStart), lang);
        writeAudit(db, auditContext(env, 'Eigen agenda van de week geëxporteerd'), 'export', 'consultant', me.id, { weekStart, sessions: file.events });
        return { filename: file.filename, content: file.content };
      });
    },
  };
}
