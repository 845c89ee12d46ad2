// Beheer, consultants and interpreters (coordinator). Removing takes them out of use; a
// consultant's clients go to a colleague first.
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import { msg, p } from '../../../shared/messages';
import { mondayOf } from '../../../shared/domain/week';
import { listGemeenten } from '../../../db/repositories/region';
import { deactivateConsultant, deactivateInterpreter, listConsultantItems, listInterpreterItems, saveConsultant, saveInterpreter } from '../../../db/repositories/manage-staff';
import type { ServiceDeps } from '../context';
import { notFound, refusing, runChange } from './change';
import { stampedRow, withStamps } from './stamps';
import { removedMsg, savedMsg, stillUsedOrNull } from './wording';

type StaffCalls = 'consultants.list' | 'consultants.save' | 'consultants.remove' | 'interpreters.list' | 'interpreters.save' | 'interpreters.remove';

export function manageStaffHandlers(deps: ServiceDeps): Pick<Handlers<ApiCtx>, StaffCalls> {
  const { db, env } = deps;
  const from = () => mondayOf(env.today());
  return {
    'consultants.list': () => {
      const items = withStamps(db, 'consultants', listConsultantItems(db, from()));
      return { items, count: items.length, gemeenten: listGemeenten(db) };
    },
    'consultants.save': ({ reason, preview, confirm, expectedStamp, ...c }, ctx) =>
      runChange(
        deps,
        ctx,
        { reason, preview, confirm, expectedStamp },
        {
          stamped: stampedRow('consultants', c.id),
          what: msg('manage.what.save', { name: c.name }),
          purpose: 'beheer: consulent opslaan',
          area: 'consultants',
          checkPlans: true,
          apply: (audit) => {
            const r = saveConsultant(db, audit, c, from());
            return { id: r.id, msg: savedMsg(c.name, r) };
          },
        },
      ),
    'consultants.remove': ({ id, transferClientsTo, ...flags }, ctx) => {
      const c = refusing(() => listConsultantItems(db, from(), id)[0] ?? notFound('consultant'));
      return runChange(deps, ctx, flags, {
        what: msg('manage.what.outOfService', { name: c.name }),
        purpose: 'beheer: consulent uit dienst',
        area: 'consultants',
        checkPlans: true,
        stillUsed: stillUsedOrNull('consultant', c.name, c.sessions, 'session'),
        apply: (audit) => {
          const r = deactivateConsultant(db, audit, id, from(), transferClientsTo);
          const done = removedMsg({ action: 'deactivated', name: r.name, usage: r.usage }, 'session', 'outOfService');
          return { id, msg: r.clientsMoved ? msg('manage.clientsMoved', { done: p.msg(done), n: r.clientsMoved }) : done };
        },
      });
    },

    'interpreters.list': () => {
      const items = withStamps(db, 'interpreters', listInterpreterItems(db, from()));
      return { items, count: items.length };
    },
    'interpreters.save': ({ reason, preview, confirm, expectedStamp, ...t }, ctx) =>
      runChange(
        deps,
        ctx,
        { reason, preview, confirm, expectedStamp },
        {
          stamped: stampedRow('interpreters', t.id),
          what: msg('manage.what.save', { name: t.name }),
          purpose: 'beheer: tolk opslaan',
          area: 'interpreters',
          checkPlans: true,
          apply: (audit) => {
            const r = saveInterpreter(db, audit, t, from());
            return { id: r.id, msg: savedMsg(t.name, r) };
          },
        },
      ),
    'interpreters.remove': ({ id, ...flags }, ctx) => {
      const t = refusing(() => listInterpreterItems(db, from(), id)[0] ?? notFound('interpreter'));
      return runChange(deps, ctx, flags, {
        what: msg('manage.what.outOfUse', { name: t.name }),
        purpose: 'beheer: tolk buiten gebruik',
        area: 'interpreters',
        checkPlans: true,
        stillUsed: stillUsedOrNull('interpreter', t.name, t.sessions, 'session'),
        apply: (audit) => {
          const r = deactivateInterpreter(db, audit, id, from());
          return { id, msg: removedMsg({ action: 'deactivated', name: r.name, usage: r.usage }, 'session', 'offInterpreterList') };
        },
      });
    },
  };
}
