// The screen's place lives in the address (#/weekplanning/2026-W48), so a reload or a
// bookmark in browser mode comes back to the same week and tab.
import { isoWeekLabel, isoWeeksInYear, mondayOfIsoWeek, type IsoDate } from '../../shared/domain/week';
import type { CoordinatorSection, Role } from './appStore';

export interface Place {
  role: Role;
  section: CoordinatorSection;
  /** Monday of the week in the address, if it named one. */
  weekStart: IsoDate | null;
  /** The client whose page is open (#/deelnemers/<id>, #/consulent/<id>), if any. */
  client?: string | null;
}

const ROLE_PATHS: Record<Exclude<Role, 'coordinator'>, string> = { school: 'taalschool', consultant: 'consulent' };

export function placeToHash(p: Place): string {
  const client = p.client ? `/${encodeURIComponent(p.client)}` : '';
  if (p.role === 'consultant') return `#/${ROLE_PATHS.consultant}${client}`;
  if (p.role !== 'coordinator') return `#/${ROLE_PATHS[p.role]}`;
  if (p.section === 'participants') return `#/deelnemers${client}`;
  if (p.section === 'region') return '#/regio';
  if (p.section === 'manage') return '#/beheer';
  if (p.section === 'accounts') return '#/accounts';
  if (p.section === 'unplanned') return p.weekStart ? `#/termijnen/${isoWeekLabel(p.weekStart)}` : '#/termijnen';
  return p.weekStart ? `#/weekplanning/${isoWeekLabel(p.weekStart)}` : '#/weekplanning';
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Reads an address; anything unknown falls back to the coordinator's week planning. */
export function hashToPlace(hash: string): Place {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const fallback: Place = { role: 'coordinator', section: 'week', weekStart: null };
  const [head, arg] = parts;
  const client = arg ? { client: safeDecode(arg) } : {};
  if (head === ROLE_PATHS.school) return { ...fallback, role: 'school' };
  if (head === ROLE_PATHS.consultant) return { ...fallback, role: 'consultant', ...client };
  if (head === 'deelnemers') return { ...fallback, section: 'participants', ...client };
  if (head === 'regio') return { ...fallback, section: 'region' };
  if (head === 'beheer') return { ...fallback, section: 'manage' };
  if (head === 'accounts') return { ...fallback, section: 'accounts' };
  if (head === 'termijnen') fallback.section = 'unplanned';
  if ((head === 'weekplanning' || head === 'termijnen') && arg) {
    const m = /^(\d{4})-W(\d{2})$/.exec(arg);
    if (m) {
      const year = Number(m[1]);
      const week = Number(m[2]);
      if (week >= 1 && week <= isoWeeksInYear(year)) return { ...fallback, weekStart: mondayOfIsoWeek(year, week) };
    }
  }
  return fallback;
}

/**
 * Keeps the address and the stores in step; returns the function that stops it. Opening a
 * client's page adds an entry to the history, so Back returns to the list behind it; the page's
 * own back button takes that same step back when the entry before it is where it leads. Every
 * other change of place replaces the address.
 */
export function syncLocation(deps: { read(): Place; apply(place: Place): void; subscribe(onChange: () => void): () => void }): () => void {
  let last = deps.read();
  // While the address is being followed, the stores' changes must not write it back.
  let applying = false;
  const write = () => {
    if (applying) return;
    const next = deps.read();
    const before = last;
    last = next;
    const hash = placeToHash(next);
    if (window.location.hash === hash) return;
    const state: unknown = window.history.state;
    const cameFrom = typeof state === 'object' && state !== null && 'from' in state ? (state as { from: unknown }).from : null;
    if (next.client && next.client !== before.client) window.history.pushState({ from: window.location.hash }, '', hash);
    else if (!next.client && before.client && cameFrom === hash) window.history.back();
    else window.history.replaceState(null, '', hash);
  };
  const onHash = () => {
    applying = true;
    try {
      deps.apply(hashToPlace(window.location.hash));
    } finally {
      applying = false;
    }
    last = deps.read();
  };
  const unsubscribe = deps.subscribe(write);
  window.addEventListener('hashchange', onHash);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHash);
  };
}
