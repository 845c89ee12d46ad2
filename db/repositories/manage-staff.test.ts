// Beheer repositories for consultants and interpreters on the tiny region.
import { describe, expect, it } from 'vitest';
import { listAudit } from './audit';
import {
  deactivateConsultant,
  deactivateInterpreter,
  listConsultantItems,
  listInterpreterItems,
  saveConsultant,
  saveInterpreter,
  type ConsultantForm,
  type InterpreterForm,
} from './manage-staff';
import { getParticipant } from './participants';
import { listConsultants, listInterpreters } from './region';
import { DataRuleError } from './rule-error';
import { renderMsg } from '../../shared/messages';
import { addTestParticipant, testAudit, tinyRegion } from './test-helpers';
import { buildInstance } from '../instance/instance-from-db';

const MON = '2026-11-23';

const consultant = (over: Partial<ConsultantForm> = {}): ConsultantForm => ({
  name: 'Joost Bakker',
  languages: ['nl', 'ar'],
  toetsCertified: false,
  gemeenteId: 'G1',
  hoursPerWeek: 28,
  availability: [{ weekday: 3, start: '09:00', end: '17:00', validFrom: null, validUntil: null }],
  exceptions: [],
  active: true,
  ...over,
});

const interpreter = (over: Partial<InterpreterForm> = {}): InterpreterForm => ({
  name: 'Tolk Tigrinya',
  languages: ['ti'],
  costPerHour: 55,
  agency: null,
  mode: 'phone',
  availability: [{ weekday: 1, start: '09:00', end: '12:00', validFrom: null, validUntil: null }],
  exceptions: [],
  active: true,
  ...over,
});

function refusal(fn: () => unknown): DataRuleError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DataRuleError) return err;
    throw err;
  }
  throw new Error('geen weigering');
}

describe('consultants', () => {
  it('saves hours, languages and availability with a holiday; the week follows them', () => {
    const db = tinyRegion();
    const audit = testAudit();
    const id = saveConsultant(db, audit, consultant({ exceptions: [{ date: '2026-11-25', kind: 'remove', start: null, end: null, note: 'vakantie' }] }), MON).id;
    expect(listConsultantItems(db, MON).find((c) => c.id === id)).toMatchObject({
      name: 'Joost Bakker',
      languages: ['nl', 'ar'],
      hoursPerWeek: 28,
      gemeente: 'Gorinchem',
      clients: 0,
      active: true,
    });
    // Wednesday 25 November is a holiday: no time in that week.
    expect(buildInstance(db, MON).consultants.find((c) => c.id === id)!.available).toEqual([]);
    const changed = saveConsultant(
      db,
      audit,
      consultant({ id, toetsCertified: true, exceptions: [{ date: '2026-11-25', kind: 'remove', start: null, end: null, note: 'vakantie' }] }),
      MON,
    );
    expect(changed.fields).toEqual(['toetsCertified']);
    expect(listAudit(db, { entity: 'consultant', entityId: id }).map((r) => r.action)).toEqual(['update', 'create']);
  });

  it('refuses an unknown gemeente and an unknown consultant', () => {
    const db = tinyRegion();
    expect(refusal(() => saveConsultant(db, testAudit(), consultant({ gemeenteId: 'G9' }), MON)).field).toBe('gemeenteId');
    expect(refusal(() => saveConsultant(db, testAudit(), consultant({ id: 'C9' }), MON)).message).toBe('Deze consulent bestaat niet (meer).');
  });

  it('takes a consultant out of use only after their clients went to a colleague in service', () => {
    const db = tinyRegion();
    const audit = testAudit();
    addTestParticipant(db, audit, 'P1');
    addTestParticipant(db, audit, 'P2');
    const e = refusal(() => deactivateConsultant(db, audit, 'C1', MON));
    expect([e.message, e.field, e.msg.code]).toEqual([
      'Els de Vries heeft nog 2 cliënten. Kies eerst een consulent die ze overneemt.',
      'transferClientsTo',
      'manage.consultant.chooseSuccessor',
    ]);
    expect(renderMsg(e.msg, 'en')).toBe('Els de Vries still has 2 clients. First choose a consultant to take them over.');
    expect(refusal(() => deactivateConsultant(db, audit, 'C1', MON, 'C1'))).toMatchObject({ field: 'transferClientsTo', msg: { code: 'manage.consultant.successorInvalid' } });
    // Not around the rule through the form either.
    const c1 = listConsultantItems(db, MON).find((c) => c.id === 'C1')!;
    const viaForm = { ...consultant(), id: 'C1', name: c1.name, languages: c1.languages, active: false };
    expect(refusal(() => saveConsultant(db, audit, viaForm, MON))).toMatchObject({ field: 'active', msg: { code: 'manage.consultant.hasClients' } });
    const other = saveConsultant(db, audit, consultant(), MON).id;
    expect(deactivateConsultant(db, audit, 'C1', MON, other)).toEqual({ name: 'Els de Vries', usage: { future: 0, firstWeek: null, past: 0 }, clientsMoved: 2 });
    expect(getParticipant(db, 'P1')!.consultantId).toBe(other);
    // The move is a change of each participant's data: audited as such.
    expect(listAudit(db, { entity: 'participant', entityId: 'P2' })[0]).toMatchObject({ action: 'update', details: { fields: ['consultantId'] } });
    expect(listConsultants(db).map((c) => c.id)).toEqual([other]);
    expect(listConsultantItems(db, MON).find((c) => c.id === 'C1')).toMatchObject({ active: false, clients: 0 });
    // Back in service through the form.
    const back = listConsultantItems(db, MON).find((c) => c.id === 'C1')!;
    saveConsultant(db, audit, { ...consultant(), name: back.name, languages: back.languages, id: 'C1', active: true }, MON);
    expect(
      listConsultants(db)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['C1', other].sort());
  });
});

describe('interpreters', () => {
  it('saves how an interpreter works and takes one out of use', () => {
    const db = tinyRegion();
    const audit = testAudit();
    const id = saveInterpreter(db, audit, interpreter(), MON).id;
    expect(listInterpreterItems(db, MON).find((t) => t.id === id)).toMatchObject({ mode: 'phone', costPerHour: 55, agency: null, sessions: { future: 0, past: 0 } });
    expect(listInterpreterItems(db, MON).find((t) => t.id === 'T1')!.mode).toBe('inPerson');
    expect(saveInterpreter(db, audit, interpreter({ id, mode: 'both', agency: 'Tolkenpool' }), MON).fields).toEqual(['agency', 'mode']);
    deactivateInterpreter(db, audit, id, MON);
    expect(listInterpreters(db).map((t) => t.id)).toEqual(['T1']);
    expect(listInterpreterItems(db, MON).find((t) => t.id === id)!.active).toBe(false);
  });
});
