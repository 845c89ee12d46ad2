// Restoring a backup in the app (issue 11 item 7): the backups in the data folder, and putting
// one back (from the list or a file the user chose). The database stays open: the backup's pages
// are copied into it (db/backup.ts restoreIntoOpen), so the data folder's lock, the connection
// and every service built on it stay valid; each window then starts afresh.
import fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Handlers } from '../../../shared/api/dispatch';
import { profileOf, type ApiCtx } from '../../../shared/api/access';
import { ApiError, invalidInput } from '../../../shared/api/errors';
import { msg, p, renderMsg, type Msg } from '../../../shared/messages';
import { BACKUP_FOLDER, listBackups, restoreIntoOpen } from '../../../db/backup';
import { DatabaseTooNewError, DatabaseUnreadableError } from '../../../db/connection';
import { writeAudit } from '../../../db/repositories/audit';
import { amsterdamNow, nowOf, type ServiceDeps } from '../context';
import { profileAudit } from '../audit/profile-audit';

type RestoreCall = 'data.backups' | 'data.restore';

/** The largest database a chosen file may unpack to (the app's own regions are a few MB). */
const MAX_RESTORED_BYTES = 1024 * 1024 * 1024;

/** On the team server a restore replaces everyone's data: the beheerder's. The desktop and browser mode have no accounts. */
function requireRestorer(ctx: ApiCtx): void {
  const account = ctx.session.account;
  if (account && account.role !== 'beheerder') throw new ApiError({ code: 'forbidden', msg: msg('backup.restoreOnlyBeheerder') });
}

/** db/connection.ts's reasons (its Dutch, before SQLite's own words) as messages. */
const WHY: Record<string, string> = {
  'geen SQLite-bestand': 'backup.why.notSqlite',
  'een database van een ander programma': 'backup.why.otherProgram',
  'een SQLite-database zonder gegevens van Keten Planner, mogelijk van een ander programma': 'backup.why.noKetenData',
  'kan niet worden geopend': 'backup.why.cannotOpen',
  beschadigd: 'backup.why.damaged',
  'geen SQLite-bestand of beschadigd': 'backup.why.notSqliteOrDamaged',
  'dit is een map, geen bestand': 'backup.why.folder',
  'het bestand is leeg': 'backup.why.empty',
};

/** A refused backup in words for the person who chose it (no paths: the file may be a temporary upload). */
function refusal(err: unknown): ApiError | null {
  if (err instanceof DatabaseTooNewError) {
    return new ApiError({ code: 'conflict', msg: msg('backup.tooNew', { fileVersion: err.fileVersion, appVersion: err.appVersion }) });
  }
  if (err instanceof DatabaseUnreadableError) {
    // The check's reason without SQLite's own words after it ("beschadigd: *** in database main ...").
    const why = WHY[err.detail.split(':')[0]!.trim()];
    return new ApiError({ code: 'conflict', msg: why ? msg('backup.unusable', { reason: p.msg(msg(why)) }) : msg('backup.unusableNoReason') });
  }
  return null;
}

export function restoreHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, RestoreCall> {
  const dataDir = dirname(env.dataFile);
  const folder = join(dataDir, BACKUP_FOLDER);
  return {
    'data.backups': (_input, ctx) => {
      requireRestorer(ctx);
      return { folder, items: listBackups(dataDir).map((b) => ({ name: b.name, at: amsterdamNow(new Date(b.modifiedMs)), size: b.size })) };
    },
    'data.restore': async (input, ctx) => {
      requireRestorer(ctx);
      if (db.memory) throw new ApiError({ code: 'conflict', msg: msg('backup.restoreNotInFile') });
      let file: string;
      let shownName: string;
      let upload: string | null = null;
      if (input.source === 'backup') {
        if (!listBackups(dataDir).some((b) => b.name === input.name)) {
          throw new ApiError({ code: 'not_found', msg: msg('backup.gone'), field: 'name' });
        }
        file = join(folder, input.name);
        shownName = input.name;
      } else {
        let bytes: Buffer;
        try {
          bytes = gunzipSync(Buffer.from(input.gzipBase64, 'base64'), { maxOutputLength: MAX_RESTORED_BYTES });
        } catch {
          throw invalidInput('gzipBase64', msg('backup.badUpload'));
        }
        fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
        upload = join(folder, `gekozen.upload-${process.pid}-${Date.now()}.sqlite`);
        fs.writeFileSync(upload, bytes, { mode: 0o600 });
        file = upload;
        shownName = input.fileName;
      }
      const audit = profileAudit(env, profileOf(ctx), 'back-up teruggezet');
      let kept: string;
      try {
        ({ kept } = await restoreIntoOpen(db, env.dataFile, file, {
          stamp: nowOf(env),
          nativeBinding: env.nativeBinding,
          onRestored: (d) => writeAudit(d, audit, 'update', 'database', 'restore', { from: shownName }),
        }));
      } catch (err) {
        throw refusal(err) ?? err;
      } finally {
        if (upload) for (const ext of ['', '-wal', '-shm']) fs.rmSync(upload + ext, { force: true });
      }
      // A restored region may lack the people a chosen profile points at: every window starts afresh.
      events.emit({ type: 'data.changed', area: 'setup' });
      const restored: Msg = msg('backup.restored', { name: shownName, kept: basename(kept) });
      return { kept: basename(kept), message: renderMsg(restored, 'nl'), msg: restored };
    },
  };
}
