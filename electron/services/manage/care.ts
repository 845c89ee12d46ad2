// Beheer, childcare providers (coordinator).
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import { mondayOf } from '../../../shared/domain/week';
import { listLocations } from '../../../db/repositories/region';
import { listProviderItems, removeProvider, saveProvider } from '../../../db/repositories/manage-care';
import type { ServiceDeps } from '../context';
import { notFound, refusing, runChange } from './change';
import { stampedRow, withStamps } from './stamps';
import { removedMsg, savedMsg, stillUsedOrNull } from './wording';
import { msg } from '../../../shared/messages';

export function manageCareHandlers(deps: ServiceDeps): Pick<Handlers<ApiCtx>, 'childcareProviders.list' | 'childcareProviders.save' | 'childcareProviders.remove'> {
  const { db, env } = deps;
  const from = () => mondayOf(env.today());
  return {
    'childcareProviders.list': () => {
      const items = withStamps(db, 'childcareProviders', listProviderItems(db, from()));
      const locations = listLocations(db)
        .map((l) => ({ id: l.id, name: l.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      return { items, count: items.length, locations };
    },
    'childcareProviders.save': ({ reason, preview, confirm, expectedStamp, ...p }, ctx) =>
      runChange(
        deps,
        ctx,
        { reason, preview, confirm, expectedStamp },
        {
          stamped: stampedRow('childcareProviders', p.id),
          what: msg('manage.what.save', { name: p.name }),
          purpose: 'beheer: opvangaanbieder opslaan',
          area: 'childcare',
          checkPlans: true,
          apply: (audit) => {
            const r = saveProvider(db, audit, p, from());
            return { id: r.id, msg: savedMsg(p.name, r) };
          },
        },
      ),
    'childcareProviders.remove': ({ id, ...flags }, ctx) => {
      const p = refusing(() => listProviderItems(db, from(), id)[0] ?? notFound('provider'));
      return runChange(deps, ctx, flags, {
        what: msg('manage.what.remove', { name: p.name }),
        purpose: 'beheer: opvangaanbieder verwijderen',
        area: 'childcare',
        checkPlans: true,
        stillUsed: stillUsedOrNull('provider', p.name, p.bookings, 'childcareBooking'),
        apply: (audit) => ({ id, msg: removedMsg(removeProvider(db, audit, id, from()), 'childcareBooking') }),
      });
    },
  };
}
