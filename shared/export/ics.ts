// iCalendar (RFC 5545) export that Outlook opens: local Europe/Amsterdam times with a
// VTIMEZONE, CRLF line ends, lines folded at 75 octets, text escaped.

export interface IcsEvent {
  uid: string;
  /** Local wall-clock "YYYY-MM-DDTHH:MM" in Europe/Amsterdam. */
  start: string;
  end: string;
  summary: string;
  location?: string;
  description?: string;
  /** Increase on every published change, so calendars replace the old version. */
  sequence?: number;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

export interface IcsCalendar {
  name: string;
  /** UTC timestamp "YYYY-MM-DDTHH:MM:SSZ" written as DTSTAMP (kept a parameter so output is reproducible). */
  stamp: string;
  events: IcsEvent[];
}

const VTIMEZONE_AMSTERDAM = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function localToIcs(t: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(t)) throw new Error(`Ongeldige tijd voor iCalendar: ${t}`);
  return `${t.slice(0, 4)}${t.slice(5, 7)}${t.slice(8, 10)}T${t.slice(11, 13)}${t.slice(14, 16)}00`;
}

function utcToIcs(t: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(t);
  if (!m) throw new Error(`Ongeldige UTC-tijd voor iCalendar: ${t}`);
  return `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z`;
}

function utf8Length(ch: string): number {
  const c = ch.codePointAt(0)!;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8Length(ch);
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // continuation lines start with one space
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function buildIcs(cal: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Keten Planner//Weekplanning//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    'X-WR-TIMEZONE:Europe/Amsterdam',
    ...VTIMEZONE_AMSTERDAM,
  ];
  const stamp = utcToIcs(cal.stamp);
  for (const e of cal.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=Europe/Amsterdam:${localToIcs(e.start)}`,
      `DTEND;TZID=Europe/Amsterdam:${localToIcs(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    lines.push(`SEQUENCE:${e.sequence ?? 0}`, `STATUS:${e.status ?? 'CONFIRMED'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

// --- Reading, for tests and for checking what we exported --------------------------------

export interface ParsedProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface ParsedComponent {
  type: string;
  properties: ParsedProperty[];
  components: ParsedComponent[];
}

function unescapeText(s: string): string {
  return s.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function parseIcs(text: string): ParsedComponent {
  const unfolded = text
    .replace(/\r\n[ \t]/g, '')
    .split(/\r\n/)
    .filter((l) => l !== '');
  const root: ParsedComponent = { type: 'ROOT', properties: [], components: [] };
  const stack: ParsedComponent[] = [root];
  unfolded.forEach((line, idx) => {
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`Regel ${idx + 1} van het iCalendar-bestand heeft geen ':'`);
    const head = line.slice(0, colon);
    const value = line.slice(colon + 1);
    const [name, ...paramParts] = head.split(';');
    const top = stack[stack.length - 1]!;
    if (name === 'BEGIN') {
      const comp: ParsedComponent = { type: value, properties: [], components: [] };
      top.components.push(comp);
      stack.push(comp);
    } else if (name === 'END') {
      if (top.type !== value) throw new Error(`Regel ${idx + 1}: END:${value} sluit ${top.type}`);
      stack.pop();
    } else {
      const params: Record<string, string> = {};
      for (const p of paramParts) {
        const eq = p.indexOf('=');
        params[p.slice(0, eq)] = p.slice(eq + 1);
      }
      top.properties.push({ name: name!, params, value: unescapeText(value) });
    }
  });
  if (stack.length !== 1) throw new Error(`iCalendar-bestand niet afgesloten: ${stack[stack.length - 1]!.type}`);
  return root;
}
