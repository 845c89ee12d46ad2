// Cancelling a whole moment: a trial lesson of a language school's class (the school is closed
// that day) or a startklas intake moment (the teacher is ill). The preview names who would lose
// their place, with their consultant, and changes nothing; the confirmed call removes every
// booking of the moment in one write transaction, opens those steps to be booked again, records
// the reason in the audit log and stores the moment as cancelled (migration 017), so the booking
// flows and the planner no longer offer it. A liaison cancels their own school's lessons only.
import type { Handlers } from '../../../shared/api/dispatch';
import { profileOf, type ApiCtx } from '../../../shared/api/access';
import type { CallOutput, MomentInput, Profile } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { msg, p as param, type Msg } from '../../../shared/messages';
import { expandWeek } from '../../../shared/domain/availability';
import { withoutHolidays } from '../../../shared/domain/holidays';
import { mondayOf } from '../../../shared/domain/week';
import type { Db } from '../../../db/connection';
import { writeTx } from '../../../db/tx';
import { writeAudit } from '../../../db/repositories/audit';
import { reopenDemand } from '../../../db/repositories/demands';
import { listClasses, listLocations, listSchools, listStartklasIntakes } from '../../../db/repositories/region';
import { deleteMomentBooking, isMomentCancelled, markMomentCancelled, momentBookings, type MomentKey } from '../../../db/repositories/moments';
import { nowOf, type ServiceDeps } from '../context';
import { requireProfile } from '../caller';
import { profileAudit } from '../audit/profile-audit';
import { participantHints } from '../participants/hints';
import { classLessons } from './trial';

type Answer = CallOutput<'moment.cancel'>;

interface FoundMoment {
  key: MomentKey;
  about: Answer['moment'];
  /** The moment as the sentences name it. */
  name: Msg;
}

/** The moment asked for, checked: it exists, is the caller's to cancel, and has not yet passed. */
function findMoment(db: Db, m: MomentInput, me: Profile | null, today: string): FoundMoment {
  const places = new Map(listLocations(db).map((l) => [l.id, l.name]));
  if (m.kind === 'trial') {
    const c = listClasses(db).find((x) => x.id === m.classId);
    // Another school's class is not found for a liaison: its existence is not their business.
    if (!c || (me?.kind === 'liaison' && c.schoolId !== me.id)) throw new ApiError({ code: 'not_found', msg: msg('moment.cancel.classGone'), field: 'moment.classId' });
    const school = listSchools(db).find((s) => s.id === c.schoolId);
    const schoolName = school?.name ?? '';
    const lesson = classLessons(c, mondayOf(m.start.slice(0, 10)), 1).find((l) => l.start === m.start);
    if (!lesson) {
      throw new ApiError({
        code: 'invalid_input',
        msg: msg('moment.cancel.noLesson', { klas: c.name, school: schoolName, day: param.date(m.start.slice(0, 10)), time: param.time(m.start.slice(11, 16)) }),
        field: 'moment.start',
      });
    }
    if (lesson.start.slice(0, 10) < today) throw new ApiError({ code: 'conflict', msg: msg('moment.cancel.past'), field: 'moment.start' });
    return {
      key: { kind: 'trial', classId: c.id, start: lesson.start },
      about: {
        kind: 'trial',
        start: lesson.start,
        end: lesson.end,
        locationName: places.get(c.locationId) ?? '',
        className: c.name,
        school: school ? { id: school.id, name: school.name } : null,
      },
      name: msg('moment.trial', { klas: c.name, school: schoolName, when: param.span(lesson.start, lesson.end) }),
    };
  }
  if (me?.kind === 'liaison') throw new ApiError({ code: 'forbidden', msg: msg('moment.cancel.intakeNotLiaison'), field: 'moment.kind' });
  const intake = listStartklasIntakes(db).find((x) => x.id === m.intakeId);
  if (!intake) throw new ApiError({ code: 'not_found', msg: msg('moment.cancel.intakeGone'), field: 'moment.intakeId' });
  const place = places.get(intake.locationId) ?? '';
  const at = withoutHolidays(expandWeek([intake], [], mondayOf(m.date), 7)).find((x) => x.start.slice(0, 10) === m.date);
  if (!at) throw new ApiError({ code: 'invalid_input', msg: msg('moment.cancel.noIntake', { place, day: param.date(m.date) }), field: 'moment.date' });
  if (m.date < today) throw new ApiError({ code: 'conflict', msg: msg('moment.cancel.past'), field: 'moment.date' });
  return {
    key: { kind: 'intake', intakeId: intake.id, date: m.date },
    about: { kind: 'intake', start: at.start, end: at.end, locationName: place, className: null, school: null },
    name: msg('moment.intake', { place, when: param.span(at.start, at.end) }),
  };
}

export function momentCancelHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, 'moment.cancel'> {
  return {
    'moment.cancel': ({ moment, reason, confirm }, ctx) => {
      const me = profileOf(ctx)?.kind === 'coordinator' ? profileOf(ctx) : requireProfile(ctx, 'liaison');
      const today = env.today();
      const why = reason && reason.length > 0 ? reason : null;
      // Everything is read again inside the write: another window may have booked or cancelled meanwhile.
      const look = () => {
        const found = findMoment(db, moment, me, today);
        if (isMomentCancelled(db, found.key)) throw new ApiError({ code: 'conflict', msg: msg('moment.cancel.already', { moment: param.msg(found.name) }), field: 'moment' });
        return { found, rows: momentBookings(db, found.key) };
      };
      const answer = (found: FoundMoment, rows: ReturnType<typeof momentBookings>, confirmed: boolean): Answer => {
        // What tells same-named people apart (their gemeente, client number) is not the school's business.
        const hintOf = me?.kind === 'coordinator' ? participantHints(db) : () => undefined;
        const n = rows.length;
        const code = confirmed ? 'moment.cancel.done' : n > 0 ? 'moment.cancel.preview' : 'moment.cancel.previewEmpty';
        return {
          moment: found.about,
          participants: rows.map((r) => {
            const hint = hintOf(r.participantId);
            return {
              id: r.participantId,
              name: r.name,
              ...(hint ? { hint } : {}),
              consultant: r.consultantId ? { id: r.consultantId, name: r.consultantName ?? '' } : null,
            };
          }),
          confirmed,
          msg: msg(code, { moment: param.msg(found.name), n }),
        };
      };
      if (!confirm) {
        const { found, rows } = look();
        return answer(found, rows, false);
      }
      const audit = profileAudit(env, me, 'moment annuleren');
      const done = writeTx(db, () => {
        const { found, rows } = look();
        const k = found.key;
        const where = k.kind === 'trial' ? { classId: k.classId, start: k.start } : { intakeId: k.intakeId, date: k.date };
        const type = k.kind === 'trial' ? 'trialLesson' : 'startklasIntake';
        for (const r of rows) {
          deleteMomentBooking(db, k.kind, r.bookingId);
          reopenDemand(db, r.demandId);
          writeAudit(db, audit, 'delete', 'booking', r.participantId, { type, ...where, what: 'momentCancelled', ...(why ? { reason: why } : {}) });
        }
        markMomentCancelled(db, k, why, nowOf(env), audit.actor);
        writeAudit(db, audit, 'delete', 'moment', k.kind === 'trial' ? `${k.classId}@${k.start}` : `${k.intakeId}@${k.date}`, {
          what: 'cancelled',
          kind: k.kind,
          ...where,
          participants: rows.length,
          ...(why ? { reason: why } : {}),
        });
        return answer(found, rows, true);
      });
      events.emit({ type: 'week.changed', weekStart: mondayOf(done.moment.start.slice(0, 10)) });
      events.emit({ type: 'data.changed', area: moment.kind === 'trial' ? 'trials' : 'startklas' });
      return done;
    },
  };
}
