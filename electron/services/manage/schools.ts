// Beheer, language schools, classes and startklas intake moments. The coordinator manages all
// of them; a school liaison lists and saves only their own school's classes: another school's
// class is "not found at your school" and no answer names another school.
import type { Handlers } from '../../../shared/api/dispatch';
import { ApiError } from '../../../shared/api/errors';
import { msg } from '../../../shared/messages';
import { profileOf, type ApiCtx } from '../../../shared/api/access';
import { mondayOf } from '../../../shared/domain/week';
import { listLocations, listSchools } from '../../../db/repositories/region';
import {
  listClassItems,
  listIntakeItems,
  listSchoolItems,
  removeClass,
  removeIntake,
  removeSchool,
  saveClass,
  saveIntake,
  saveSchool,
} from '../../../db/repositories/manage-schools';
import { auditContext, type ServiceDeps } from '../context';
import { settleWaitingList } from '../bookings/startklas-waiting-list';
import { notFound, refusing, runChange } from './change';
import { stampedRow, withStamps } from './stamps';
import { intakeParam, removedMsg, savedMsg, stillUsedOrNull } from './wording';

type SchoolCalls =
  | 'schools.list'
  | 'schools.save'
  | 'schools.remove'
  | 'classes.list'
  | 'classes.save'
  | 'classes.remove'
  | 'startklasIntakes.list'
  | 'startklasIntakes.save'
  | 'startklasIntakes.remove';

/** The liaison's school id, or null for the coordinator (dispatch lets no one else in). */
function ownSchoolOf(ctx: ApiCtx): string | null {
  const p = profileOf(ctx);
  if (p?.kind !== 'liaison') return null;
  if (!p.id) throw new ApiError({ code: 'forbidden', msg: msg('error.notThisProfile') });
  return p.id;
}

export function manageSchoolHandlers(deps: ServiceDeps): Pick<Handlers<ApiCtx>, SchoolCalls> {
  const { db, env } = deps;
  const from = () => mondayOf(env.today());
  const locations = () =>
    listLocations(db)
      .map((l) => ({ id: l.id, name: l.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return {
    'schools.list': () => {
      const items = withStamps(db, 'schools', listSchoolItems(db, from()));
      return { items, count: items.length, locations: locations() };
    },
    'schools.save': ({ id, name, locationId, ...flags }, ctx) =>
      runChange(deps, ctx, flags, {
        stamped: stampedRow('schools', id),
        what: msg('manage.what.save', { name }),
        purpose: 'beheer: taalschool opslaan',
        area: 'schools',
        checkPlans: false,
        apply: (audit) => {
          const r = saveSchool(db, audit, { id, name, locationId }, from());
          return { id: r.id, msg: savedMsg(name, r) };
        },
      }),
    'schools.remove': ({ id, ...flags }, ctx) => {
      const s = refusing(() => listSchoolItems(db, from()).find((x) => x.id === id) ?? notFound('school'));
      return runChange(deps, ctx, flags, {
        what: msg('manage.what.remove', { name: s.name }),
        purpose: 'beheer: taalschool verwijderen',
        area: 'schools',
        checkPlans: false,
        apply: (audit) => ({ id, msg: removeSchool(db, audit, id, from()) }),
      });
    },

    'classes.list': ({ schoolId }, ctx) => {
      const own = ownSchoolOf(ctx);
      const school = own ?? schoolId;
      const items = withStamps(db, 'classes', listClassItems(db, from(), school === undefined ? {} : { schoolId: school }));
      const schools = listSchools(db)
        .filter((s) => own === null || s.id === own)
        .map((s) => ({ id: s.id, name: s.name }));
      return { items, count: items.length, schools, locations: locations() };
    },
    'classes.save': ({ reason, preview, confirm, expectedStamp, ...c }, ctx) => {
      const own = ownSchoolOf(ctx);
      if (own !== null) {
        if (c.schoolId !== own) throw new ApiError({ code: 'forbidden', msg: msg('manage.liaison.ownClassesOnly'), field: 'schoolId' });
        if (c.id !== undefined && listClassItems(db, from(), { id: c.id })[0]?.schoolId !== own) {
          throw new ApiError({ code: 'not_found', msg: msg('school.classGone'), field: 'id' });
        }
      }
      return runChange(
        deps,
        ctx,
        { reason, preview, confirm, expectedStamp },
        {
          stamped: stampedRow('classes', c.id),
          what: msg('manage.what.save', { name: c.name }),
          purpose: own === null ? 'beheer: klas opslaan' : 'capaciteit taalschool',
          area: 'classes',
          checkPlans: true,
          apply: (audit) => {
            const r = saveClass(db, audit, c, from());
            return { id: r.id, msg: savedMsg(c.name, r) };
          },
        },
      );
    },
    'classes.remove': ({ id, ...flags }, ctx) => {
      const c = refusing(() => listClassItems(db, from(), { id })[0] ?? notFound('class'));
      return runChange(deps, ctx, flags, {
        what: msg('manage.what.remove', { name: c.name }),
        purpose: 'beheer: klas verwijderen',
        area: 'classes',
        checkPlans: true,
        stillUsed: stillUsedOrNull('class', c.name, c.trialBookings, 'trialLesson'),
        apply: (audit) => ({ id, msg: removedMsg(removeClass(db, audit, id, from()), 'trialLesson') }),
      });
    },

    'startklasIntakes.list': () => {
      const items = withStamps(db, 'startklasIntakes', listIntakeItems(db, from()));
      return { items, count: items.length, locations: locations() };
    },
    'startklasIntakes.save': ({ reason, preview, confirm, expectedStamp, ...i }, ctx) => {
      const outcome = runChange(
        deps,
        ctx,
        { reason, preview, confirm, expectedStamp },
        {
          stamped: stampedRow('startklasIntakes', i.id),
          what: msg('manage.what.save', { name: intakeParam(i, true) }),
          purpose: 'beheer: intakemoment startklas opslaan',
          area: 'startklasIntakes',
          checkPlans: true,
          apply: (audit) => {
            const r = saveIntake(db, audit, i, from());
            return { id: r.id, msg: savedMsg(intakeParam(i), r) };
          },
        },
      );
      // More seats or a new moment may free a place: the waiting list moves up at once.
      if (outcome.applied) settleWaitingList(deps, auditContext(env, 'wachtlijst startklas'));
      return outcome;
    },
    'startklasIntakes.remove': ({ id, ...flags }, ctx) => {
      const i = refusing(() => listIntakeItems(db, from(), id)[0] ?? notFound('intake'));
      return runChange(deps, ctx, flags, {
        what: msg('manage.what.remove', { name: intakeParam(i, true) }),
        purpose: 'beheer: intakemoment startklas verwijderen',
        area: 'startklasIntakes',
        checkPlans: true,
        stillUsed: stillUsedOrNull('intake', intakeParam(i), i.bookings, 'booking'),
        apply: (audit) => ({ id, msg: removedMsg(removeIntake(db, audit, id, from()), 'booking', 'outOfUse', intakeParam(i)) }),
      });
    },
  };
}
