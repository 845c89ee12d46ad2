// The screen's place lives in the address (#/weekplanning/2026-W48), so a reload or a
// bookmark in browser mode comes back to the same week and tab.
import { isoWeekLabel, isoWeeksInYear, mondayOfIsoWeek, type IsoDate } from '../../shared/domain/week';
import type { CoordinatorSection, Role } from './appStore';

export interface Place {
  role: Role;
  section: CoordinatorSection;
  /** Monday of the week in the address, if it named one. */
  weekStart: IsoDate | null;
}

const ROLE_PATHS: Record<Exclude<Role, 'coordinator'>, string> = { school: 'taalschool', consultant: 'consulent' };

export function placeToHash(p: Place): string {
  if (p.role !== 'coordinator') return `#/${ROLE_PATHS[p.role]}`;
  if (p.section === 'participants') return '#/deelnemers';
  if (p.section === 'region') return '#/regio';
  if (p.section === 'manage') return '#/beheer';
  if (p.section === 'accounts') return '#/accounts';
  if (p.section === 'unplanned') return p.weekStart ? `#/termijnen/${isoWeekLabel(p.weekStart)}` : '#/termijnen';
  return p.weekStart ? `#/weekplanning/${isoWeekLabel(p.weekStart)}` : '#/weekplanning';
}

/** Reads an address; anything unknown falls back to the coordinator's week planning. */
export function hashToPlace(hash: string): Place {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const fallback: Place = { role: 'coordinator', section: 'week', weekStart: null };
  const [head, arg] = parts;
  if (head === ROLE_PATHS.school) return { ...fallback, role: 'school' };
  if (head === ROLE_PATHS.consultant) return { ...fallback, role: 'consultant' };
  if (head === 'deelnemers') return { ...fallback, section: 'participants' };
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

/** Keeps the address and the stores in step; returns the function that stops it. */
export function syncLocation(deps: { read(): Place; apply(place: Place): void; subscribe(onChange: () => void): () => void }): () => void {
  const write = () => {
    const hash = placeToHash(deps.read());
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  };
  const onHash = () => deps.apply(hashToPlace(window.location.hash));
  const unsubscribe = deps.subscribe(write);
  window.addEventListener('hashchange', onHash);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHash);
  };
}
