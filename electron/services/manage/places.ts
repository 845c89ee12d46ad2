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
import type { ServiceDeps } from '../context';
import { notFound, refusing, runChange } from './change';
import { stampedRow, withStamps } from './stamps';
import { removedMessage, savedMessage, stillUsedOrNull } from './wording';

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
        what: `Opslaan van ${name}`,
        purpose: 'beheer: gemeente opslaan',
        area: 'gemeenten',
        checkPlans: false,
        apply: (audit) => {
          const r = saveGemeente(db, audit, { id, name });
          return { id: r.id, message: savedMessage(name, r) };
        },
      }),
    'gemeenten.remove': ({ id, ...flags }, ctx) => {
      const g = refusing(() => listGemeenteItems(db).find((x) => x.id === id) ?? notFound('gemeente'));
      return runChange(deps, ctx, flags, {
        what: `Verwijderen van ${g.name}`,
        purpose: 'beheer: gemeente verwijderen',
        area: 'gemeenten',
        checkPlans: false,
        apply: (audit) => ({ id, message: removeGemeente(db, audit, id) }),
      });
    },

    'locations.list': () => {
      const items = withStamps(db, 'locations', listLocationItems(db));
      return { items, count: items.length, gemeenten: refs(listGemeenten(db)) };
    },
    'locations.save': ({ id, name, gemeenteId, kind, address, ...flags }, ctx) =>
      runChange(deps, ctx, flags, {
        stamped: stampedRow('locations', id),
        what: `Opslaan van ${name}`,
        purpose: 'beheer: locatie opslaan',
        area: 'locations',
        // A location's name and gemeente show in the week's messages, nothing more.
        checkPlans: false,
        apply: (audit) => {
          const r = saveLocation(db, audit, { id, name, gemeenteId, kind, address });
          return { id: r.id, message: savedMessage(name, r) };
        },
      }),
    'locations.remove': ({ id, ...flags }, ctx) => {
      const l = refusing(() => listLocationItems(db).find((x) => x.id === id) ?? notFound('location'));
      return runChange(deps, ctx, flags, {
        what: `Verwijderen van ${l.name}`,
        purpose: 'beheer: locatie verwijderen',
        area: 'locations',
        checkPlans: false,
        apply: (audit) => ({ id, message: removeLocation(db, audit, id) }),
      });
    },

    'travelTimes.list': () => ({ locations: refs(listLocations(db)).sort((a, b) => a.name.localeCompare(b.name, 'nl')), pairs: listTravelTimes(db) }),
    'travelTimes.set': ({ from: a, to: b, minutes, ...flags }, ctx) => {
      const names = new Map(listLocations(db).map((l) => [l.id, l.name]));
      const between = `${names.get(a) ?? 'de ene locatie'} en ${names.get(b) ?? 'de andere locatie'}`;
      return runChange(deps, ctx, flags, {
        what: minutes === null ? `De reistijd tussen ${between} leegmaken` : `De reistijd tussen ${between} op ${minutes} minuten zetten`,
        purpose: 'beheer: reistijd instellen',
        area: 'travelTimes',
        checkPlans: true,
        apply: (audit) => {
          setTravelMinutes(db, audit, a, b, minutes);
          return {
            id: null,
            message: minutes === null ? `De reistijd tussen ${between} is leeggemaakt: niet bereikbaar binnen een dag.` : `De reistijd tussen ${between} is ${minutes} minuten.`,
          };
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
          what: `Opslaan van ${room.name}`,
          purpose: 'beheer: ruimte opslaan',
          area: 'rooms',
          checkPlans: true,
          apply: (audit) => {
            const r = saveRoom(db, audit, room, from());
            return { id: r.id, message: savedMessage(room.name, r) };
          },
        },
      ),
    'rooms.remove': ({ id, ...flags }, ctx) => {
      const room = refusing(() => listRoomItems(db, from(), id)[0] ?? notFound('room'));
      return runChange(deps, ctx, flags, {
        what: `Verwijderen van ${room.name}`,
        purpose: 'beheer: ruimte verwijderen',
        area: 'rooms',
        checkPlans: true,
        stillUsed: stillUsedOrNull(
          room.name,
          room.sessions,
          'sessie',
          'sessies',
          'gaat de ruimte buiten gebruik en blijven die sessies als conflict in hun week staan, zodat u ze daar kunt verplaatsen',
        ),
        apply: (audit) => {
          const r = removeRoom(db, audit, id, from());
          return { id, message: removedMessage(r, 'sessie', 'sessies') };
        },
      });
    },
  };
}
