// The calendar's resource views: which rows a view has, which row a session sits in, and what
// dropping a session on another row changes.
import type { PlannedSession, SessionChange, WeekResources } from '../../../shared/api/contract';

export type CalendarMode = 'week' | 'room' | 'interpreter' | 'consultant' | 'location';
export const CALENDAR_MODES: CalendarMode[] = ['week', 'room', 'interpreter', 'consultant', 'location'];

/** The row of group sessions that have no interpreter (toetsen, or a consultant who speaks the language). */
export const NO_INTERPRETER = '__geen-tolk';

export interface CalendarResource {
  id: string;
  title: string;
  /** Second line, e.g. the location of a room or the languages of an interpreter. */
  detail: string;
  group?: string;
}

export function resourcesFor(mode: CalendarMode, r: WeekResources, noInterpreterTitle: string, capacityLabel: (count: number) => string = String): CalendarResource[] {
  switch (mode) {
    case 'week':
      return [];
    case 'room':
      return r.rooms.map((x) => ({ id: x.id, title: x.name, detail: capacityLabel(x.capacity), group: x.locationName }));
    case 'interpreter':
      return [...r.interpreters.map((x) => ({ id: x.id, title: x.name, detail: x.languages.join(', ') })), { id: NO_INTERPRETER, title: noInterpreterTitle, detail: '' }];
    case 'consultant':
      return r.consultants.map((x) => ({ id: x.id, title: x.name, detail: x.languages.join(', ') }));
    case 'location': {
      // Only places where sessions can be held; schools and childcare have their own layers.
      const withRooms = new Set(r.rooms.map((x) => x.locationId));
      return r.locations.filter((l) => withRooms.has(l.id)).map((l) => ({ id: l.id, title: l.name, detail: l.gemeente }));
    }
  }
}

export function resourceIdOf(mode: CalendarMode, s: PlannedSession): string | undefined {
  switch (mode) {
    case 'week':
      return undefined;
    case 'room':
      return s.room.id;
    case 'interpreter':
      return s.interpreter?.id ?? NO_INTERPRETER;
    case 'consultant':
      return s.consultant.id;
    case 'location':
      return s.room.locationId;
  }
}

/**
 * The fields a drop on row `resourceId` changes. For a location the session needs a room there:
 * `pickRoom` chooses among the rooms of that location that host the session's kind (null when
 * none does, and the drop changes nothing but time).
 */
export function resourceChange(
  mode: CalendarMode,
  s: PlannedSession,
  resourceId: string,
  r: WeekResources,
  pickRoom: (roomIds: string[]) => string | null,
): Partial<SessionChange> {
  switch (mode) {
    case 'week':
      return {};
    case 'room':
      return resourceId === s.room.id ? {} : { roomId: resourceId };
    case 'interpreter': {
      const next = resourceId === NO_INTERPRETER ? null : resourceId;
      return next === (s.interpreter?.id ?? null) ? {} : { interpreterId: next };
    }
    case 'consultant':
      return resourceId === s.consultant.id ? {} : { consultantId: resourceId };
    case 'location': {
      if (resourceId === s.room.locationId) return {};
      const rooms = r.rooms.filter((x) => x.locationId === resourceId && x.kinds.includes(s.kind)).map((x) => x.id);
      const room = rooms.length > 0 ? pickRoom(rooms) : null;
      return room ? { roomId: room } : {};
    }
  }
}
