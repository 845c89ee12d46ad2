// npm run data -- import <file> --data-dir <dir> [--dry-run]      exit 0 imported, 1 rows rejected (nothing written), 2 unreadable file
// npm run data -- export <file.xlsx> --data-dir <dir>
// npm run data -- template <file.xlsx>
// npm run data -- backup <file> --data-dir <dir>
// npm run data -- restore <file> --data-dir <dir>
// npm run data -- instance --week 2026-W50 --data-dir <dir> [-o instance.json]
// npm run data -- plan <file.xlsx> --week 2026-W50 --data-dir <dir>
// The same services as the app (issue 11), for administrators and nightly jobs. The data
// folder is locked like the app locks it; a folder without a database gets an empty region
// (never the demo). Other errors (bad arguments, a folder in use, a refused backup) exit 2.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase, type Db } from '../db/connection';
import { backupDatabase, restoreDatabase } from '../db/backup';
import { buildInstance } from '../db/instance/instance-from-db';
import { acquireDataLock } from '../electron/data-lock';
import { DATABASE_FILE_NAME } from '../electron/paths';
import { amsterdamNow } from '../electron/services/context';
import { regionWorkbook, templateWorkbook, weekPlanWorkbook } from '../electron/services/data/export';
import { importFile, type ImportOutcome } from '../electron/services/data/import';
import { UnreadableFileError } from '../electron/services/data/read-file';
import { TEMPLATES } from '../shared/import/templates';
import { formatRowError } from '../shared/import/errors';
import { isValidIsoDate, mondayOfIsoWeek, todayInAmsterdam } from '../shared/domain/week';

const USAGE = [
  'Gebruik:',
  '  npm run data -- import <bestand.xlsx|.csv> --data-dir <map> [--dry-run] [--today JJJJ-MM-DD]',
  '  npm run data -- export <bestand.xlsx> --data-dir <map>',
  '  npm run data -- template <bestand.xlsx>',
  '  npm run data -- backup <bestand> --data-dir <map>',
  '  npm run data -- restore <bestand> --data-dir <map>',
  '  npm run data -- instance --week 2026-W50 --data-dir <map> [-o instantie.json]',
  '  npm run data -- plan <bestand.xlsx> --week 2026-W50 --data-dir <map>',
].join('\n');

class UsageError extends Error {}

interface Args {
  command: string;
  file: string | null;
  dataDir: string | null;
  dryRun: boolean;
  week: string | null;
  out: string | null;
  today: string | null;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { command: argv[0] ?? '', file: null, dataDir: null, dryRun: false, week: null, out: null, today: null };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} verwacht een waarde.`);
      return v;
    };
    if (arg === '--data-dir') a.dataDir = value();
    else if (arg === '--dry-run') a.dryRun = true;
    else if (arg === '--week') a.week = value();
    else if (arg === '-o' || arg === '--out') a.out = value();
    else if (arg === '--today') a.today = value();
    else if (arg.startsWith('-')) throw new UsageError(`Onbekende optie ${arg}.`);
    else if (a.file === null) a.file = arg;
    else throw new UsageError(`Eén bestand graag; ${arg} is er één te veel.`);
  }
  return a;
}

const need = <T>(v: T | null, what: string): T => {
  if (v === null) throw new UsageError(`${what} ontbreekt.`);
  return v;
};

/** The folder's lock, as the app takes it (a new folder is made owner-only, as the app makes it). */
function lockFolder(dataDir: string) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return acquireDataLock(dataDir, 'opdrachtregel');
}

/** "2026-W50" → its Monday. */
function weekOf(week: string | null): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(need(week, '--week'));
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 53) throw new UsageError('--week: schrijf de week als 2026-W50.');
  return mondayOfIsoWeek(Number(m[1]), Number(m[2]));
}

function withDb<T>(dataDir: string, fn: (db: Db) => Promise<T>): Promise<T> {
  const lock = lockFolder(dataDir);
  let db: Db | null = null;
  return (async () => {
    try {
      db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
      return await fn(db);
    } finally {
      db?.close();
      lock.release();
    }
  })();
}

export function describeOutcome(o: ImportOutcome, dryRun: boolean): string[] {
  const lines: string[] = [];
  for (const l of o.lists) lines.push(`${l.sheet}: ${l.new} nieuw, ${l.changed} gewijzigd, ${l.unchanged} ongewijzigd, ${l.rejected} afgewezen`);
  for (const u of o.unknownColumns) lines.push(`Niet herkende kolommen op ${u.sheet} (overgeslagen): ${u.columns.join(', ')}`);
  for (const s of o.ignoredSheets) lines.push(`Blad ${s} overgeslagen: geen lijst herkend.`);
  for (const e of o.errors) lines.push(formatRowError(e));
  if (o.errors.length > 0) lines.push(`Niets geïmporteerd: ${o.errors.length === 1 ? '1 fout' : `${o.errors.length} fouten`}. Verbeter het bestand en probeer het opnieuw.`);
  else lines.push(dryRun ? 'Proefimport: er is niets geschreven.' : 'Geïmporteerd.');
  return lines;
}

export async function main(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): Promise<number> {
  let a: Args;
  try {
    a = parseArgs(argv);
    const today = a.today ?? todayInAmsterdam();
    if (!isValidIsoDate(today)) throw new UsageError('--today: schrijf JJJJ-MM-DD.');
    switch (a.command) {
      case 'import': {
        const file = need(a.file, 'Het bestand');
        const dataDir = need(a.dataDir, '--data-dir');
        if (!existsSync(file)) {
          err(`${file} bestaat niet.`);
          return 2;
        }
        const bytes = new Uint8Array(readFileSync(file));
        const audit = { actor: 'opdrachtregel', purpose: `import uit ${file.split(/[\\/]/).pop()}`, now: () => amsterdamNow() };
        const outcome = await withDb(dataDir, (db) => importFile(db, audit, today, { bytes, name: file }, { apply: !a.dryRun }));
        for (const line of describeOutcome(outcome, a.dryRun)) (outcome.errors.length > 0 && line.includes(' rij ') ? err : out)(line);
        return outcome.errors.length > 0 ? 1 : 0;
      }
      case 'export': {
        const file = need(a.file, 'Het bestand');
        await withDb(need(a.dataDir, '--data-dir'), (db) => regionWorkbook(db).xlsx.writeFile(file));
        out(`Regio geëxporteerd naar ${file}.`);
        return 0;
      }
      case 'template': {
        const file = need(a.file, 'Het bestand');
        await templateWorkbook().xlsx.writeFile(file);
        out(
          `Sjabloon (${Object.values(TEMPLATES)
            .map((t) => t.sheet)
            .join(', ')}) geschreven naar ${file}.`,
        );
        return 0;
      }
      case 'backup': {
        const file = need(a.file, 'Het bestand');
        await withDb(need(a.dataDir, '--data-dir'), (db) => backupDatabase(db, file));
        out(`Back-up gemaakt: ${file}.`);
        return 0;
      }
      case 'restore': {
        const file = need(a.file, 'Het bestand');
        const dataDir = need(a.dataDir, '--data-dir');
        const lock = lockFolder(dataDir);
        try {
          const dataFile = join(dataDir, DATABASE_FILE_NAME);
          const { kept } = await restoreDatabase(dataFile, file, { stamp: amsterdamNow() });
          // Brings an older backup up to this version's schema (and proves it opens).
          openDatabase(dataFile).close();
          out(`Teruggezet uit ${file}.${kept ? ` De vorige database staat in ${kept}.` : ''}`);
        } finally {
          lock.release();
        }
        return 0;
      }
      case 'plan': {
        const file = need(a.file, 'Het bestand');
        const monday = weekOf(a.week);
        await withDb(need(a.dataDir, '--data-dir'), (db) => weekPlanWorkbook(db, monday).xlsx.writeFile(file));
        out(`Weekplanning ${a.week} geschreven naar ${file}.`);
        return 0;
      }
      case 'instance': {
        const monday = weekOf(a.week);
        const json = await withDb(need(a.dataDir, '--data-dir'), async (db) => `${JSON.stringify(buildInstance(db, monday), null, 2)}\n`);
        if (a.out) writeFileSync(a.out, json);
        else process.stdout.write(json);
        return 0;
      }
      default:
        throw new UsageError(a.command ? `Onbekende opdracht ${a.command}.` : 'Geef een opdracht.');
    }
  } catch (e) {
    if (e instanceof UsageError) err(`${e.message}\n${USAGE}`);
    else if (e instanceof UnreadableFileError) err(e.message);
    else err(e instanceof Error ? e.message : String(e));
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
