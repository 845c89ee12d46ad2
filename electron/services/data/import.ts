// The import of a region's files (issue 11): recognises each sheet's list, checks every row
// like the forms do, and either answers with a preview (counts and every error) or writes it
// all in one transaction. With any rejected row nothing is written. A row is found again by its
// Clientnummer (children: household code, first name and birth date), so the same file twice
// changes nothing the second time.
import { writeTx } from '../../../db/tx';
import type { Db } from '../../../db/connection';
import { changedFields, type AuditContext } from '../../../db/repositories/audit';
import { getRegion, listConsultants, listGemeenten, listLocations, listSchools } from '../../../db/repositories/region';
import { createOwnRegion } from '../../../db/repositories/setup';
import {
  addChild,
  createHousehold,
  createParticipant,
  deleteHousehold,
  getParticipant,
  updateParticipant,
  type ParticipantInput,
  type ParticipantPatch,
} from '../../../db/repositories/participants';
import { childrenWithCare, householdMemberIds, setParticipantHousehold, updateChild } from '../../../db/repositories/people';
import { addFirstSteps, householdsByCode, participantsByClientNumber, setClientNumber, setHouseholdCode } from '../../../db/repositories/import-keys';
import { standardSteps } from '../../../shared/domain/standard-steps';
import { foldValue, isEmptyRow } from '../../../shared/import/cells';
import type { RowError } from '../../../shared/import/errors';
import { msg } from '../../../shared/messages/types';
import { parseChildSheet, parseParticipantSheet, type ChildImportRow, type ParticipantImportRow } from '../../../shared/import/lists';
import { mapSheet } from '../../../shared/import/sheet';
import { IMPORT_ORDER, recogniseList, TEMPLATES, type ImportList } from '../../../shared/import/templates';
import { mondayOf } from '../../../shared/domain/week';
import { importResourceSheet } from './import-resources';
import { readImportFile, type ImportSheet } from './read-file';

export interface ListCounts {
  list: ImportList;
  sheet: string;
  new: number;
  changed: number;
  unchanged: number;
  rejected: number;
}

export interface ImportOutcome {
  /** Whether anything was written (false for a preview, and whenever a row was rejected). */
  applied: boolean;
  lists: ListCounts[];
  errors: RowError[];
  unknownColumns: { sheet: string; columns: string[] }[];
  /** Sheets holding no list this import knows (besides a template's explanation sheets). */
  ignoredSheets: string[];
}

/** The name of a region started by an import (Instellingen renames it). */
export const NEW_REGION_NAME = 'Mijn regio';

/** A template's own sheets besides the lists: skipped without a word. */
const HELP_SHEETS = new Set(['uitleg', 'keuzelijsten', 'lijsten']);

interface Plan {
  participants: { row: ParticipantImportRow; id: string | null; changed: boolean; householdId: string | null }[];
  children: { row: ChildImportRow; childId: string | null; changed: boolean }[];
}

const sameTimes = (a: readonly { weekday: number; start: string; end: string }[], b: readonly { weekday: number; start: string; end: string }[]) =>
  JSON.stringify(a.map((x) => [x.weekday, x.start, x.end])) === JSON.stringify(b.map((x) => [x.weekday, x.start, x.end]));

/** Thrown to roll the import's transaction back (a preview, or a rejected row). */
class Rollback {
  constructor(readonly outcome: ImportOutcome) {}
}

/**
 * Imports the sheets in one transaction. The resource lists are saved list by list (a room
 * finds the location saved just before it); then the people. A preview, or any rejected row,
 * rolls all of it back.
 */
export function importSheets(db: Db, audit: AuditContext, today: string, sheets: readonly ImportSheet[], opts: { apply: boolean }): ImportOutcome {
  try {
    return writeTx(db, () => {
      const out = importInTx(db, audit, today, sheets, opts);
      if (!out.applied) throw new Rollback(out);
      return out;
    });
  } catch (err) {
    if (err instanceof Rollback) return err.outcome;
    throw err;
  }
}

function importInTx(db: Db, audit: AuditContext, today: string, sheets: readonly ImportSheet[], opts: { apply: boolean }): ImportOutcome {
  {
    const errors: RowError[] = [];
    const unknownColumns: ImportOutcome['unknownColumns'] = [];
    const ignoredSheets: string[] = [];
    const byList = new Map<ImportList, ImportSheet>();
    for (const s of sheets) {
      if (HELP_SHEETS.has(foldValue(s.name))) continue;
      const head = s.rows.find((r) => !isEmptyRow(r)) ?? [];
      const list = recogniseList(s.name, head);
      if (!list) {
        if (s.rows.some((r) => !isEmptyRow(r))) ignoredSheets.push(s.name);
        continue;
      }
      if (byList.has(list)) {
        errors.push({ sheet: s.name, row: 0, column: '', value: '', msg: msg('import.listTwice', { other: byList.get(list)!.name, list: TEMPLATES[list].sheet.toLowerCase() }) });
        continue;
      }
      byList.set(list, s);
    }
    if (byList.size === 0 && errors.length === 0) {
      // Several sheets: the file as a whole ('' is written "Bestand" or "File").
      const only = sheets.length === 1 ? sheets[0].name : '';
      const empty = sheets.every((s) => s.rows.every(isEmptyRow));
      errors.push({
        sheet: only,
        row: 0,
        column: '',
        value: '',
        msg: msg(empty ? 'import.fileEmpty' : 'import.noList'),
      });
    }

    const counts: ListCounts[] = [];
    const mappedOf = (list: ImportList, sheet: ImportSheet) => {
      const t = TEMPLATES[list];
      const mapped = mapSheet(sheet.rows, t, sheet.csv ? t.sheet : sheet.name);
      if (mapped.unknownColumns.length > 0) unknownColumns.push({ sheet: mapped.sheet, columns: mapped.unknownColumns });
      return mapped;
    };
    for (const list of IMPORT_ORDER) {
      const sheet = byList.get(list);
      if (!sheet || list === 'participants' || list === 'children') continue;
      const mapped = mappedOf(list, sheet);
      const out = importResourceSheet(db, audit, mondayOf(today), list, mapped);
      errors.push(...out.errors);
      counts.push({ list, sheet: mapped.sheet, ...out.counts });
    }

    const gemeenten = listGemeenten(db);
    const consultants = listConsultants(db).map((c) => ({ id: c.id, name: c.name }));
    const codes = householdsByCode(db);
    const clients = participantsByClientNumber(db);
    // Where a new person lives, as the form decides it: the gemeente's first woonkern, else its first place.
    const places = listLocations(db);
    const homeLocation = (gemeenteId: string) => (places.find((l) => l.gemeenteId === gemeenteId && l.kind === 'woonkern') ?? places.find((l) => l.gemeenteId === gemeenteId))?.id;

    const plan: Plan = { participants: [], children: [] };
    const fileCodes = new Set<string>();
    for (const list of IMPORT_ORDER) {
      const sheet = byList.get(list);
      if (!sheet || (list !== 'participants' && list !== 'children')) continue;
      const mapped = mappedOf(list, sheet);
      const c: ListCounts = { list, sheet: mapped.sheet, new: 0, changed: 0, unchanged: 0, rejected: 0 };
      let listErrors: RowError[];
      if (list === 'participants') {
        const out = parseParticipantSheet(mapped, { gemeenten, consultants, locations: places });
        listErrors = out.errors;
        for (const r of out.rows) {
          if (r.householdCode) fileCodes.add(r.householdCode);
          if (!homeLocation(r.form.gemeenteId)) {
            listErrors.push({
              sheet: mapped.sheet,
              row: r.row,
              column: 'Gemeente',
              value: gemeenten.find((g) => g.id === r.form.gemeenteId)?.name ?? '',
              msg: msg('import.gemeenteWithoutPlace'),
            });
            continue;
          }
          const id = clients.get(r.clientNumber) ?? null;
          const householdId = r.householdCode ? (codes.get(r.householdCode) ?? null) : null;
          let changed = false;
          if (id) {
            const before = getParticipant(db, id)!;
            changed =
              changedFields(
                before as unknown as ParticipantPatch,
                patchOf(r, r.form.homeLocationId ?? (before.gemeenteId === r.form.gemeenteId ? before.homeLocationId : homeLocation(r.form.gemeenteId)!)),
              ).length > 0;
            if (r.householdCode && before.householdId !== householdId) changed = true;
          }
          plan.participants.push({ row: r, id, changed, householdId });
          if (!id) c.new++;
          else if (changed) c.changed++;
          else c.unchanged++;
        }
      } else {
        const known = new Set([...codes.keys(), ...fileCodes]);
        const out = parseChildSheet(mapped, known);
        listErrors = out.errors;
        const existing = new Map<string, ReturnType<typeof childrenWithCare>>();
        for (const r of out.rows) {
          const hid = codes.get(r.householdCode);
          if (hid && !existing.has(hid)) existing.set(hid, childrenWithCare(db, hid));
          const match = hid ? existing.get(hid)!.find((k) => foldValue(k.givenName) === foldValue(r.givenName) && k.birthDate === r.birthDate) : undefined;
          const changed = !!match && (!sameTimes(match.covered, r.covered) || match.givenName !== r.givenName);
          plan.children.push({ row: r, childId: match?.id ?? null, changed });
          if (!match) c.new++;
          else if (changed) c.changed++;
          else c.unchanged++;
        }
      }
      c.rejected = new Set(listErrors.filter((e) => e.row > 0).map((e) => e.row)).size;
      errors.push(...listErrors);
      counts.push(c);
    }

    const outcome = { lists: counts, errors, unknownColumns, ignoredSheets };
    if (!opts.apply || errors.length > 0) return { applied: false, ...outcome };
    apply(db, audit, today, plan, codes, homeLocation);
    // A new data folder (npm run data -- import) starts a region from files: it gets the region
    // row with the default planning settings, as an own region set up in the app would.
    if (!getRegion(db) && counts.some((c) => c.new > 0)) createOwnRegion(db, audit, { name: NEW_REGION_NAME, gemeenten: [] });
    return { applied: true, ...outcome };
  }
}

function patchOf(r: ParticipantImportRow, homeLocationId: string): Required<Omit<ParticipantInput, 'id' | 'busy' | 'householdId' | 'pipDate' | 'clientNumber'>> {
  const f = r.form;
  return {
    givenName: f.givenName,
    familyName: f.familyName,
    gemeenteId: f.gemeenteId,
    homeLocationId,
    migrantKind: f.migrantKind,
    koppelingDate: f.koppelingDate,
    registrationDate: f.registrationDate,
    housingDate: f.housingDate,
    language: f.language,
    otherLanguages: f.otherLanguages,
    digitalSkill: f.digitalSkill,
    routeIndication: f.routeIndication,
    consultantId: f.consultantId,
  };
}

function apply(db: Db, audit: AuditContext, today: string, plan: Plan, codes: Map<string, string>, homeLocation: (g: string) => string | undefined): void {
  const schoolIds = listSchools(db).map((s) => s.id);
  const householdFor = (code: string, name: string): string => {
    let id = codes.get(code);
    if (!id) {
      id = createHousehold(db, audit, { name });
      setHouseholdCode(db, audit, id, code);
      codes.set(code, id);
    }
    return id;
  };
  const left = new Set<string>();
  for (const p of plan.participants) {
    const f = p.row.form;
    const hid = p.row.householdCode ? householdFor(p.row.householdCode, `Huishouden ${f.familyName || f.givenName}`) : null;
    if (!p.id) {
      const id = createParticipant(db, audit, { ...patchOf(p.row, f.homeLocationId ?? homeLocation(f.gemeenteId)!), householdId: hid });
      setClientNumber(db, audit, id, p.row.clientNumber);
      const steps = standardSteps({
        migrantKind: f.migrantKind,
        koppelingDate: f.koppelingDate,
        registrationDate: f.registrationDate,
        housingDate: f.housingDate,
        today,
        schoolIds,
      });
      addFirstSteps(db, audit, id, steps);
      continue;
    }
    if (!p.changed) continue;
    const before = getParticipant(db, p.id)!;
    updateParticipant(db, audit, p.id, patchOf(p.row, f.homeLocationId ?? (before.gemeenteId === f.gemeenteId ? before.homeLocationId : homeLocation(f.gemeenteId)!)));
    if (hid && before.householdId !== hid) {
      setParticipantHousehold(db, audit, p.id, hid);
      if (before.householdId) left.add(before.householdId);
    }
  }
  // A household everyone left and without children goes, as when a form moves its last member.
  for (const h of left) if (householdMemberIds(db, h).length === 0 && childrenWithCare(db, h).length === 0) deleteHousehold(db, audit, h);
  for (const c of plan.children) {
    const covered = c.row.covered;
    if (c.childId) {
      if (c.changed) updateChild(db, audit, c.childId, { givenName: c.row.givenName, birthDate: c.row.birthDate, covered });
    } else {
      addChild(db, audit, { householdId: codes.get(c.row.householdCode)!, givenName: c.row.givenName, birthDate: c.row.birthDate, covered });
    }
  }
}

/** Reads a file (.xlsx or .csv) and imports it; an unreadable file throws UnreadableFileError. */
export async function importFile(db: Db, audit: AuditContext, today: string, file: { bytes: Uint8Array; name: string }, opts: { apply: boolean }): Promise<ImportOutcome> {
  const sheets = await readImportFile(file.bytes, file.name);
  return importSheets(db, audit, today, sheets, opts);
}
