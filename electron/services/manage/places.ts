// Beheer, places: gemeenten, locations, travel times and rooms (coordinator).
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import { mondayOf } from '../../../shared/domain/week';
import { listGemeenten, listLocations, listTravelTimes } from '../../../db/repositories/region';
import {
  listGemeenteItems,
  listLocationItems,
  listRoomItems,
  removeGemeente,
  removeLocation,
  removeRoom,
  saveGemeente,
  saveLocation,
  saveRoom,
  setTravelMinutes,
} from '../../../db/repositories/manage-places';
import { msg, p } from '../../../shared/messages';
import type { ServiceDeps } from '../context';
import { notFound, refusing, runChange } from './change';
import { stampedRow, withStamps } from './stamps';
import { removedMsg, savedMsg, stillUsedOrNull } from './wording';

type PlaceCalls =
  | 'gemeenten.list'
  | 'gemeenten.save'
  | 'gemeenten.remove'
  | 'locations.list'
  | 'locations.save'
  | 'locations.remove'
  | 'travelTimes.list'
  | 'travelTimes.set'
  | 'rooms.list'
  | 'rooms.save'
  | 'rooms.remove';

export function managePlaceHandlers(deps: ServiceDeps): Pick<Handlers<ApiCtx>, PlaceCalls> {
  const { db, env } = deps;
  const from = () => mondayOf(env.today());
  const refs = (rows: { id: string; name: string }[]) => rows.map((r) => ({ id: r.id, name: r.name }));
  return {
    'gemeenten.list': () => {
      const items = withStamps(db, 'gemeenten', listGemeenteItems(db));
      return { items, count: items.length };
    },
    'gemeenten.save': ({ id, name, ...flags }, ctx) =>
      runChange(deps, ctx, flags, {
        stamped: stampedRow('gemeenten', id),
        what: msg('manage.what.save', { name }),
        purpose: 'beheer: gemeente opslaan',
        area: 'gemeenten',
        checkPlans: false,
        apply: (audit) => {
          const r = saveGemeente(db, audit, { id, name });
          return { id: r.id, msg: savedMsg(name, r) };
        },
      }),
    'gemeenten.remove': ({ id, ...flags }, ctx) => {
      const g = refusing(() => listGemeenteItems(db).find((x) => x.id === id) ?? notFound('gemeente'));
      return runChange(deps, ctx, flags, {
        what: msg('manage.what.remove', { name: g.name }),
        purpose: 'beheer: gemeente verwijderen',
        area: 'gemeenten',
        checkPlans: false,
        apply: (audit) => ({ id, msg: removeGemeente(db, audit, id) }),
      });
    },

    'locations.list': () => {
      const items = withStamps(db, 'locations', listLocationItems(db));
      return { items, count: items.length, gemeenten: refs(listGemeenten(db)) };
    },
    'locations.save': ({ id, name, gemeenteId, kind, address, ...flags }, ctx) =>
      runChange(deps, ctx, flags, {
        stamped: stampedRow('locations', id),
        what: msg('manage.what.save', { name }),
        purpose: 'beheer: locatie opslaan',
        area: 'locations',
        // A location's name and gemeente show in the week's messages, nothing more.
        checkPlans: false,
        apply: (audit) => {
          const r = saveLocation(db, audit, { id, name, gemeenteId, kind, address });
          return { id: r.id, msg: savedMsg(name, r) };
        },
      }),
    'locations.remove': ({ id, ...flags }, ctx) => {
      const l = refusing(() => listLocationItems(db).find((x) => x.id === id) ?? notFound('location'));
      return runChange(deps, ctx, flags, {
        what: msg('manage.what.remove', { name: l.name }),
        purpose: 'beheer: locatie verwijderen',
        area: 'locations',
        checkPlans: false,
        apply: (audit) => ({ id, msg: removeLocation(db, audit, id) }),
      });
    },

    'travelTimes.list': () => ({ locations: refs(listLocations(db)).sort((a, b) => a.name.localeCompare(b.name, 'nl')), pairs: listTravelTimes(db) }),
    'travelTimes.set': ({ from: a, to: b, minutes, ...flags }, ctx) => {
      const names = new Map(listLocations(db).map((l) => [l.id, l.name]));
      const nameOf = (id: string, otherwise: string) => {
        const name = names.get(id);
        return name === undefined ? p.msg(msg(otherwise)) : p.text(name);
      };
      const between = { from: nameOf(a, 'manage.travel.oneLocation'), to: nameOf(b, 'manage.travel.otherLocation') };
      return runChange(deps, ctx, flags, {
        what: minutes === null ? msg('manage.what.travelClear', between) : msg('manage.what.travelSet', { ...between, minutes }),
        purpose: 'beheer: reistijd instellen',
        area: 'travelTimes',
        checkPlans: true,
        apply: (audit) => {
          setTravelMinutes(db, audit, a, b, minutes);
          return { id: null, msg: minutes === null ? msg('manage.travel.cleared', between) : msg('manage.travel.set', { ...between, minutes }) };
        },
      });
    },

    'rooms.list': () => {
      const items = withStamps(db, 'rooms', listRoomItems(db, from()));
      return { items, count: items.length, locations: refs(listLocations(db)).sort((a, b) => a.name.localeCompare(b.name, 'nl')) };
    },
    'rooms.save': ({ reason, preview, confirm, expectedStamp, ...room }, ctx) =>
      runChange(
        deps,
        ctx,
        { reason, preview, confirm, expectedStamp },
        {
          stamped: stampedRow('rooms', room.id),
          what: msg('manage.what.save', { name: room.name }),
          purpose: 'beheer: ruimte opslaan',
          area: 'rooms',
          checkPlans: true,
          apply: (audit) => {
            const r = saveRoom(db, audit, room, from());
            return { id: r.id, msg: savedMsg(room.name, r) };
          },
        },
      ),
    'rooms.remove': ({ id, ...flags }, ctx) => {
      const room = refusing(() => listRoomItems(db, from(), id)[0] ?? notFound('room'));
      return runChange(deps, ctx, flags, {
        what: msg('manage.what.remove', { name: room.name }),
        purpose: 'beheer: ruimte verwijderen',
        area: 'rooms',
        checkPlans: true,
        stillUsed: stillUsedOrNull('room', room.name, room.sessions, 'session'),
        apply: (audit) => ({ id, msg: removedMsg(removeRoom(db, audit, id, from()), 'session') }),
      });
    },
  };
}
