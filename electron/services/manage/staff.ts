// Beheer, consultants and interpreters (coordinator). Removing takes them out of use; a
// consultant's clients go to a colleague first.
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import { countNl } from '../../../shared/domain/manage-nl';
import { mondayOf } from '../../../shared/domain/week';
import { listGemeenten } from '../../../db/repositories/region';
import { deactivateConsultant, deactivateInterpreter, listConsultantItems, listInterpreterItems, saveConsultant, saveInterpreter } from '../../../db/repositories/manage-staff';
import type { ServiceDeps } from '../context';
import { notFound, refusing, runChange } from './change';
import { stampedRow, withStamps } from './stamps';
import { removedMessage, savedMessage, stillUsedOrNull } from './wording';

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
          what: `Opslaan van ${c.name}`,
          purpose: 'beheer: consulent opslaan',
          area: 'consultants',
          checkPlans: true,
          apply: (audit) => {
            const r = saveConsultant(db, audit, c, from());
            return { id: r.id, message: savedMessage(c.name, r) };
          },
        },
      ),
    'consultants.remove': ({ id, transferClientsTo, ...flags }, ctx) => {
      const c = refusing(() => listConsultantItems(db, from(), id)[0] ?? notFound('consultant'));
      return runChange(deps, ctx, flags, {
        what: `Uit dienst melden van ${c.name}`,
        purpose: 'beheer: consulent uit dienst',
        area: 'consultants',
        checkPlans: true,
        stillUsed: stillUsedOrNull(
          c.name,
          c.sessions,
          'sessie',
          'sessies',
          'gaat de consulent uit dienst en blijven die sessies als conflict in hun week staan, zodat u daar een andere consulent kiest',
        ),
        apply: (audit) => {
          const r = deactivateConsultant(db, audit, id, from(), transferClientsTo);
          const moved = r.clientsMoved ? ` ${countNl(r.clientsMoved, 'cliënt is', 'cliënten zijn')} overgedragen.` : '';
          return { id, message: removedMessage({ action: 'deactivated', name: r.name, usage: r.usage }, 'sessie', 'sessies', 'is uit dienst gemeld') + moved };
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
          what: `Opslaan van ${t.name}`,
          purpose: 'beheer: tolk opslaan',
          area: 'interpreters',
          checkPlans: true,
          apply: (audit) => {
            const r = saveInterpreter(db, audit, t, from());
            return { id: r.id, message: savedMessage(t.name, r) };
          },
        },
      ),
    'interpreters.remove': ({ id, ...flags }, ctx) => {
      const t = refusing(() => listInterpreterItems(db, from(), id)[0] ?? notFound('interpreter'));
      return runChange(deps, ctx, flags, {
        what: `Buiten gebruik stellen van ${t.name}`,
        purpose: 'beheer: tolk buiten gebruik',
        area: 'interpreters',
        checkPlans: true,
        stillUsed: stillUsedOrNull(
          t.name,
          t.sessions,
          'sessie',
          'sessies',
          'gaat de tolk buiten gebruik en blijven die sessies als conflict in hun week staan, zodat u daar een andere tolk kiest',
        ),
        apply: (audit) => {
          const r = deactivateInterpreter(db, audit, id, from());
          return { id, message: removedMessage({ action: 'deactivated', name: r.name, usage: r.usage }, 'sessie', 'sessies', 'staat niet meer op de lijst van tolken') };
        },
      });
    },
  };
}
