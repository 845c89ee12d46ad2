// The keten works in Europe/Amsterdam wall-clock time; records that must stay comparable across
// daylight-saving changes and machines (the audit log) are stored in UTC. Conversions here use
// only Intl, so shared/ stays free of Node.

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function partsOf(utcMs: number): Record<string, string> {
  return Object.fromEntries(PARTS.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
}

/** The Amsterdam wall clock at this instant, 'YYYY-MM-DDTHH:MM:SS'. */
export function amsterdamWallClock(utcMs: number): string {
  const p = partsOf(utcMs);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** Minutes Amsterdam is ahead of UTC at this instant (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(utcMs: number): number {
  const p = partsOf(utcMs);
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * 'YYYY-MM-DDTHH:MM[:SS]' in Amsterdam → 'YYYY-MM-DDTHH:MM:SSZ'. In the autumn hour that occurs
 * twice the first (summer-time) instant is taken; a time in the spring gap moves forward an hour.
 */
export function amsterdamToUtc(local: string): string {
  const wall = Date.UTC(+local.slice(0, 4), +local.slice(5, 7) - 1, +local.slice(8, 10), +local.slice(11, 13), +local.slice(14, 16), +(local.slice(17, 19) || 0));
  // The offset at the instant itself is one of the two offsets either side of it: try summer first.
  for (const guess of [120, 60]) {
    const utc = wall - guess * 60_000;
    if (amsterdamOffsetMinutes(utc) === guess) return `${new Date(utc).toISOString().slice(0, 19)}Z`;
  }
  return `${new Date(wall - 60 * 60_000).toISOString().slice(0, 19)}Z`;
}

/** A UTC instant 'YYYY-MM-DDTHH:MM:SSZ' → Amsterdam wall-clock 'YYYY-MM-DDTHH:MM:SS'. */
export function utcToAmsterdam(utc: string): string {
  const ms = Date.parse(utc);
  return new Date(ms + amsterdamOffsetMinutes(ms) * 60_000).toISOString().slice(0, 19);
}
