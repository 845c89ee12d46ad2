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
  intakeLabel,
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
import { removedMessage, savedMessage, stillUsedOrNull } from './wording';

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
        what: `Opslaan van ${name}`,
        purpose: 'beheer: taalschool opslaan',
        area: 'schools',
        checkPlans: false,
        apply: (audit) => {
          const r = saveSchool(db, audit, { id, name, locationId }, from());
          return { id: r.id, message: savedMessage(name, r) };
        },
      }),
    'schools.remove': ({ id, ...flags }, ctx) => {
      const s = refusing(() => listSchoolItems(db, from()).find((x) => x.id === id) ?? notFound('school'));
      return runChange(deps, ctx, flags, {
        what: `Verwijderen van ${s.name}`,
        purpose: 'beheer: taalschool verwijderen',
        area: 'schools',
        checkPlans: false,
        apply: (audit) => ({ id, message: removeSchool(db, audit, id, from()) }),
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
          what: `Opslaan van ${c.name}`,
          purpose: own === null ? 'beheer: klas opslaan' : 'capaciteit taalschool',
          area: 'classes',
          checkPlans: true,
          apply: (audit) => {
            const r = saveClass(db, audit, c, from());
            return { id: r.id, message: savedMessage(c.name, r) };
          },
        },
      );
    },
    'classes.remove': ({ id, ...flags }, ctx) => {
      const c = refusing(() => listClassItems(db, from(), { id })[0] ?? notFound('class'));
      return runChange(deps, ctx, flags, {
        what: `Verwijderen van ${c.name}`,
        purpose: 'beheer: klas verwijderen',
        area: 'classes',
        checkPlans: true,
        stillUsed: stillUsedOrNull(
          c.name,
          c.trialBookings,
          'proefles',
          'proeflessen',
          'gaat de klas buiten gebruik en blijven die proeflessen als conflict in hun week staan, zodat u ze kunt omboeken',
        ),
        apply: (audit) => ({ id, message: removedMessage(removeClass(db, audit, id, from()), 'proefles', 'proeflessen') }),
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
          what: `Opslaan van ${intakeLabel(i).replace(/^Het i/, 'het i')}`,
          purpose: 'beheer: intakemoment startklas opslaan',
          area: 'startklasIntakes',
          checkPlans: true,
          apply: (audit) => {
            const r = saveIntake(db, audit, i, from());
            return { id: r.id, message: savedMessage(intakeLabel(i), r) };
          },
        },
      );
      // More seats or a new moment may free a place: the waiting list moves up at once.
      if (outcome.applied) settleWaitingList(deps, auditContext(env, 'wachtlijst startklas'));
      return outcome;
    },
    'startklasIntakes.remove': ({ id, ...flags }, ctx) => {
      const i = refusing(() => listIntakeItems(db, from(), id)[0] ?? notFound('intake'));
      const name = intakeLabel(i);
      return runChange(deps, ctx, flags, {
        what: `Verwijderen van ${name.replace(/^Het i/, 'het i')}`,
        purpose: 'beheer: intakemoment startklas verwijderen',
        area: 'startklasIntakes',
        checkPlans: true,
        stillUsed: stillUsedOrNull(
          name,
          i.bookings,
          'boeking',
          'boekingen',
          'gaat het intakemoment buiten gebruik en blijven die boekingen als conflict in hun week staan, zodat u ze kunt omboeken',
        ),
        apply: (audit) => ({ id, message: removedMessage(removeIntake(db, audit, id, from()), 'boeking', 'boekingen') }),
      });
    },
  };
}
