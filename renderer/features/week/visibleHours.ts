import type { PlannedSession } from '../../../shared/api/contract';

/** The working day we show, widened to whole hours when a session falls outside it. */
export function visibleHours(sessions: PlannedSession[]): { min: string; max: string } {
  let min = 8;
  let max = 18;
  for (const s of sessions) {
    const startH = Number(s.start.slice(11, 13));
    const endH = Number(s.end.slice(11, 13)) + (s.end.slice(14, 16) === '00' ? 0 : 1);
    if (startH < min) min = startH;
    if (s.end.slice(0, 10) !== s.start.slice(0, 10)) max = 24;
    else if (endH > max) max = endH;
  }
  const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return { min: pad(min), max: pad(max) };
}
