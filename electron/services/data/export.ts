// Export (issue 11): the region's people in exactly the template columns, so an export comes
// back in by the import; and the templates themselves (headings, an explanation sheet and
// drop-down lists for the fixed values).
import ExcelJS from 'exceljs';
import type { Db } from '../../../db/connection';
import { childrenForExport, participantsForExport } from '../../../db/repositories/import-keys';
import { listWeeklyTimes } from '../../../db/repositories/availability';
import { languageName } from '../../../shared/domain/languages';
import { KIND_NL } from '../../../shared/domain/kinds';
import { addDays } from '../../../shared/domain/week';
import { isoWeekdayNl } from '../../../shared/domain/dutch-dates';
import { listWeekSessions } from '../../../db/repositories/sessions';
import { formatDateNl } from '../../../shared/import/dates';
import { IMPORT_ORDER, RESOURCE_LISTS, TEMPLATES, type ImportList, type ListTemplate } from '../../../shared/import/templates';
import { resourceRows } from './export-resources';
import { DIGITAL_SKILL_NL, formatWeeklyTimes } from '../../../shared/import/values';

/** Rows a template offers drop-downs for. */
const TEMPLATE_ROWS = 500;

function addListSheet(wb: ExcelJS.Workbook, t: ListTemplate, rows: (string | null)[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(t.columns.map((c) => c.heading));
  ws.getRow(1).font = { bold: true };
  t.columns.forEach((c, i) => (ws.getColumn(i + 1).width = Math.max(14, c.heading.length + 4)));
  // Text cells: Excel must not turn a Clientnummer like 00123 or a date into a number.
  for (const r of rows) ws.addRow(r.map((v) => v ?? ''));
  return ws;
}

/** The whole region as one workbook: a sheet per list (resources, then participants and children) in the template columns. */
export function regionWorkbook(db: Db): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Keten Planner';
  const d = (x: string | null) => (x ? formatDateNl(x) : '');
  for (const list of RESOURCE_LISTS) addListSheet(wb, TEMPLATES[list], resourceRows(db, list));
  addListSheet(
    wb,
    TEMPLATES.participants,
    participantsForExport(db).map((p) => [
      p.clientNumber,
      p.givenName,
      p.familyName,
      p.gemeente,
      p.migrantKind,
      // A gezinsmigrant entered before registration dates were kept has the date as koppeling.
      d(p.migrantKind === 'statushouder' ? p.koppelingDate : (p.registrationDate ?? p.koppelingDate)),
      d(p.housingDate),
      languageName(p.language),
      p.otherLanguages.map((l) => languageName(l)).join(', '),
      DIGITAL_SKILL_NL[p.digitalSkill],
      p.routeIndication ?? '',
      p.householdCode ?? '',
      p.consultant ?? '',
      p.homeLocation ?? '',
    ]),
  );
  addListSheet(
    wb,
    TEMPLATES.children,
    childrenForExport(db).map((k) => [k.householdCode, k.givenName, formatDateNl(k.birthDate), formatWeeklyTimes(listWeeklyTimes(db, { kind: 'child', id: k.id }))]),
  );
  return wb;
}

/** A list's template: headings, the explanation sheet "Uitleg" and drop-downs from "Keuzelijsten". */
export function templateWorkbook(lists: readonly ImportList[] = IMPORT_ORDER): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Keten Planner';
  const sheets = lists.map((l) => addListSheet(wb, TEMPLATES[l], []));
  const help = wb.addWorksheet('Uitleg');
  help.addRow(['Blad', 'Kolom', 'Verplicht', 'Uitleg']).font = { bold: true };
  help.getColumn(1).width = 14;
  help.getColumn(2).width = 22;
  help.getColumn(4).width = 100;
  for (const l of lists) for (const c of TEMPLATES[l].columns) help.addRow([TEMPLATES[l].sheet, c.heading, c.required ? 'ja' : 'nee', c.explain]);
  help.addRow([]);
  help.addRow(['', '', '', 'Datums als dd-mm-jjjj (bijvoorbeeld 02-11-2026). Lege rijen en kolommen die het programma niet kent, worden overgeslagen en genoemd.']);
  const choices = wb.addWorksheet('Keuzelijsten');
  let col = 0;
  lists.forEach((l, s) => {
    TEMPLATES[l].columns.forEach((c, i) => {
      if (!c.values) return;
      col++;
      choices.getCell(1, col).value = c.heading;
      c.values.forEach((v, k) => (choices.getCell(k + 2, col).value = v));
      const letter = choices.getColumn(col).letter;
      const formula = `Keuzelijsten!$${letter}$2:$${letter}$${c.values.length + 1}`;
      for (let r = 2; r <= TEMPLATE_ROWS + 1; r++) {
        sheets[s].getCell(r, i + 1).dataValidation = {
          type: 'list',
          allowBlank: !c.required,
          formulae: [formula],
          showErrorMessage: false,
        };
      }
    });
  });
  return wb;
}

/** Column headings of the week's plan, one sheet per day. */
export const WEEK_PLAN_COLUMNS = ['Tijd', 'Soort', 'Status', 'Taal', 'Ruimte', 'Locatie', 'Consulent', 'Tolk', 'Deelnemers'] as const;
const STATUS_NL: Record<string, string> = { proposed: 'voorstel', accepted: 'vast' };

/**
 * The week's plan for schools and interpreters who use no calendar: a sheet per day (Monday to
 * Friday, and the weekend when something is planned then) with time, kind, language, room,
 * consultant, interpreter and participants.
 */
export function weekPlanWorkbook(db: Db, weekStart: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Keten Planner';
  const sessions = listWeekSessions(db, weekStart);
  for (let i = 0; i < 7; i++) {
    const day = addDays(weekStart, i);
    const today = sessions.filter((s) => s.start.slice(0, 10) === day);
    if (i >= 5 && today.length === 0) continue;
    const ws = wb.addWorksheet(`${isoWeekdayNl(i + 1)} ${day.slice(8, 10)}-${day.slice(5, 7)}`, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow([...WEEK_PLAN_COLUMNS]).font = { bold: true };
    [12, 20, 10, 14, 18, 26, 24, 20, 60].forEach((w, k) => (ws.getColumn(k + 1).width = w));
    for (const s of today) {
      ws.addRow([
        `${s.start.slice(11, 16)}-${s.end.slice(11, 16)}`,
        KIND_NL[s.kind],
        STATUS_NL[s.status] ?? s.status,
        s.language ? languageName(s.language) : '',
        s.room.name,
        s.room.locationName,
        s.consultant.name,
        s.interpreter?.name ?? '',
        s.participants.map((p) => p.name).join(', '),
      ]);
    }
    if (today.length === 0) ws.addRow(['', 'Niets gepland.']);
  }
  return wb;
}
