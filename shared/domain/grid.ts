// SPEC rule 10: a new session starts on the region's grid, a whole number of slots
// (grid.slotMinutes) after grid.dayStart. The checker reports a stored session off the grid;
// the services refuse to move a session or open a toets slot off it.
import { hhmmToMinutes } from './time';

export interface Grid {
  slotMinutes: number;
  /** "HH:MM" */
  dayStart: string;
}

/** Why the start "YYYY-MM-DDTHH:MM" lies off the grid (Dutch, names the time), or null when it lies on it. */
export function offGridProblem(start: string, grid: Grid): string | null {
  const fromDayStart = hhmmToMinutes(start.slice(11, 16)) - hhmmToMinutes(grid.dayStart);
  // Before dayStart counts too: the grid runs back from dayStart (that a day starts later is rule 10's other half).
  if (((fromDayStart % grid.slotMinutes) + grid.slotMinutes) % grid.slotMinutes === 0) return null;
  return `${start.slice(11, 16)} ligt niet op het rooster (een sessie begint op een veelvoud van ${grid.slotMinutes} minuten vanaf ${grid.dayStart}).`;
}
