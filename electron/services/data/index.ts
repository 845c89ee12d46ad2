// The data calls (issue 11): import with a preview, the region, template and week as .xlsx,
// and "Back-up maken". The same functions as `npm run data`.
import { dirname, join } from 'node:path';
import type { Handlers } from '../../../shared/api/dispatch';
import { profileOf, type ApiCtx } from '../../../shared/api/access';
import { MAX_LISTED_ERRORS, type CallOutput } from '../../../shared/api/contract';
import { ApiError, invalidInput } from '../../../shared/api/errors';
import { rowErrorMsg } from '../../../shared/import/errors';
import { msg, p, renderMsg, type Msg } from '../../../shared/messages';
import { IMPORT_ORDER, TEMPLATES, type ImportList } from '../../../shared/import/templates';
import { backupDatabase } from '../../../db/backup';
import { plannedWeeksFrom } from '../../../db/repositories/region-usage';
import { mondayOf } from '../../../shared/domain/week';
import type { ServiceDeps } from '../context';
import { nowOf } from '../context';
import { profileAudit } from '../audit/profile-audit';
import { regionWorkbook, templateWorkbook, weekPlanWorkbook } from './export';
import { importFile, type ImportOutcome } from './import';
import { UnreadableFileError } from './read-file';
import type ExcelJS from 'exceljs';
import { restoreHandlers } from './restore';

/** The data.changed area of each list (the screens that show it listen for it). */
const CHANGED_AREA: Record<ImportList, string> = {
  locations: 'locations',
  travelTimes: 'travelTimes',
  rooms: 'rooms',
  consultants: 'consultants',
  interpreters: 'interpreters',
  schools: 'schools',
  classes: 'classes',
  startklas: 'startklasIntakes',
  childcare: 'childcareProviders',
  participants: 'participants',
  children: 'participants',
};

type DataCall = 'data.importPreview' | 'data.import' | 'data.exportRegion' | 'data.template' | 'data.exportWeek' | 'data.backup' | 'data.backups' | 'data.restore';

/** What an import did, in one sentence. */
function outcomeMsg(o: ImportOutcome): Msg {
  const total = o.lists.reduce((n, l) => n + l.new + l.changed, 0);
  if (o.errors.length > 0) return msg('import.result.rejected', { n: o.errors.length });
  if (!o.applied) return msg('import.result.ready');
  if (total === 0) return msg('import.result.nothingNew');
  // "Deelnemers 2 nieuw, 0 gewijzigd; Kinderen 1 nieuw, 0 gewijzigd": each list, joined by ;.
  const lists = o.lists
    .map((l) => msg('import.result.list', { sheet: l.sheet, new: l.new, changed: l.changed }))
    .reduceRight<Msg | null>((rest, first) => (rest ? msg('import.result.more', { first: p.msg(first), rest: p.msg(rest) }) : first), null);
  return msg('import.result.done', { lists: p.msg(lists!) });
}

function view(o: ImportOutcome): CallOutput<'data.import'> {
  const outcome = outcomeMsg(o);
  return {
    applied: o.applied,
    lists: o.lists,
    errors: o.errors.slice(0, MAX_LISTED_ERRORS).map((e) => {
      const lineMsg = rowErrorMsg(e);
      return { ...e, lineMsg, reason: renderMsg(e.msg, 'nl'), text: renderMsg(lineMsg, 'nl') };
    }),
    errorCount: o.errors.length,
    unknownColumns: o.unknownColumns,
    ignoredSheets: o.ignoredSheets,
    message: renderMsg(outcome, 'nl'),
    msg: outcome,
  };
}

async function xlsxFile(wb: ExcelJS.Workbook, filename: string): Promise<{ filename: string; base64: string }> {
  return { filename, base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
}

export function dataHandlers(deps: ServiceDeps): Pick<Handlers<ApiCtx>, DataCall> {
  const { db, env, events } = deps;
  const run = async (input: { fileName: string; base64: string }, ctx: ApiCtx, apply: boolean) => {
    const audit = profileAudit(env, profileOf(ctx), `import uit ${input.fileName}`);
    try {
      const out = await importFile(db, audit, env.today(), { bytes: new Uint8Array(Buffer.from(input.base64, 'base64')), name: input.fileName }, { apply });
      const changed = out.applied ? out.lists.filter((l) => l.new + l.changed > 0) : [];
      for (const l of changed) events.emit({ type: 'data.changed', area: CHANGED_AREA[l.list] });
      // Resources a planned week uses may have changed: its screens check it again.
      if (changed.some((l) => l.list !== 'participants' && l.list !== 'children'))
        for (const w of plannedWeeksFrom(db, mondayOf(env.today()))) events.emit({ type: 'week.changed', weekStart: w });
      return view(out);
    } catch (err) {
      if (err instanceof UnreadableFileError) throw invalidInput('base64', err.msg);
      throw err;
    }
  };
  return {
    ...restoreHandlers(deps),
    'data.importPreview': (input, ctx) => run(input, ctx, false),
    'data.import': (input, ctx) => run(input, ctx, true),
    'data.exportRegion': () => xlsxFile(regionWorkbook(db), `regio-${env.today()}.xlsx`),
    'data.template': ({ list }) => {
      if (!list) return xlsxFile(templateWorkbook(IMPORT_ORDER), 'sjabloon-regio.xlsx');
      // The children's sheet travels with the participants' (its rows name their households).
      const lists: ImportList[] = list === 'participants' ? ['participants', 'children'] : [list];
      return xlsxFile(templateWorkbook(lists), `sjabloon-${TEMPLATES[list].sheet.toLowerCase()}.xlsx`);
    },
    'data.exportWeek': ({ weekStart }) => xlsxFile(weekPlanWorkbook(db, weekStart), `weekplanning-${weekStart}.xlsx`),
    'data.backup': async () => {
      if (db.memory) throw new ApiError({ code: 'conflict', msg: msg('backup.notInFile') });
      const file = join(dirname(env.dataFile), 'backups', `handmatig-${nowOf(env).replace(/[^0-9T]/g, '-')}.sqlite`);
      await backupDatabase(db, file);
      const made = msg('backup.made', { file });
      return { file, message: renderMsg(made, 'nl'), msg: made };
    },
  };
}
