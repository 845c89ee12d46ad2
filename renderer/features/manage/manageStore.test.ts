import { beforeEach, describe, expect, it } from 'vitest';
import type { ChangeOutcome } from '../../../shared/api/contract';
import { ApiError, invalidInput } from '../../../shared/api/errors';
import { fieldMsgText, msg, p } from '../../../shared/messages';
import { useLangStore } from '../../i18n';
import { setBridge } from '../../api/bridge';
import { flush, manualBridge } from '../../api/manualBridge';
import { resultOfError, useManageStore } from './manageStore';

const none = { count: 0, weeks: [], items: [] };
const room = { id: 'R1', name: 'Zaal 1', locationId: 'L1', capacity: 3, laptopsTouch: 0, laptopsMouse: 0, kinds: ['toets'], opening: [], exceptions: [], active: true };
const held: ChangeOutcome = {
  applied: false,
  id: null,
  message: 'Opslaan van Zaal 1 geeft 2 nieuwe conflicten in week 48. Er is nog niets gewijzigd; bevestig om het toch te doen.',
  msg: msg('manage.outcome.notYet', {
    effect: p.msg(msg('manage.outcome.conflicts', { what: p.msg(msg('manage.what.save', { name: 'Zaal 1' })), n: 2, weeks: p.list([p.number(48)]) })),
  }),
  conflicts: { count: 2, weeks: ['2026-11-23'], items: [{ weekStart: '2026-11-23', rule: 2, message: 'Zaal 1 biedt plaats aan 3.' }] },
};

beforeEach(() => {
  useManageStore.setState({ screen: 'gemeenten', lists: {}, travel: null, settings: null, loading: {}, loadError: null, notice: null });
});

describe('manage store', () => {
  it('loads a list and says so while it loads', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    const loading = useManageStore.getState().load('gemeenten');
    expect(useManageStore.getState().loading.gemeenten).toBe(true);
    expect(pending.map((p) => p.name)).toEqual(['gemeenten.list']);
    pending[0]!.resolve({ items: [{ id: 'G1', name: 'Tiel', locations: 0, participants: 0, consultants: 0 }], count: 1 });
    await loading;
    expect(useManageStore.getState().lists.gemeenten?.count).toBe(1);
    expect(useManageStore.getState().loading.gemeenten).toBe(false);
  });

  it('hands a held-back save to the screen without reloading, then saves with confirm and a reason', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    const first = useManageStore.getState().save('rooms', room);
    await flush();
    expect(pending[0]).toMatchObject({ name: 'rooms.save', input: { ...room, confirm: false, reason: null } });
    pending[0]!.resolve(held);
    expect(await first).toEqual({ outcome: held, fields: {}, error: null });
    // Nothing changed: no list is reloaded and no notice shown.
    expect(pending).toHaveLength(1);
    expect(useManageStore.getState().notice).toBeNull();

    const second = useManageStore.getState().save('rooms', room, { confirm: true, reason: 'Verbouwing' });
    await flush();
    expect(pending[1]).toMatchObject({ name: 'rooms.save', input: { confirm: true, reason: 'Verbouwing' } });
    const saved = msg('manage.saved.saved', { name: 'Zaal 1' });
    pending[1]!.resolve({ applied: true, id: 'R1', message: 'Zaal 1 is opgeslagen.', msg: saved, conflicts: held.conflicts });
    await flush();
    // Applied: the rooms list is reloaded (locations too only when it was loaded before).
    expect(pending.slice(2).map((p) => p.name)).toEqual(['rooms.list']);
    pending[2]!.resolve({ items: [], count: 0, locations: [] });
    expect((await second).outcome?.applied).toBe(true);
    // The notice is the message: the screen writes it in the reader's language.
    expect(useManageStore.getState().notice).toEqual(saved);
  });

  it('sends the stamp the form read and, refused as stale, reloads the list and says who changed it', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    const saving = useManageStore.getState().save('rooms', room, { expectedStamp: 41 });
    await flush();
    expect(pending[0]).toMatchObject({ name: 'rooms.save', input: { ...room, expectedStamp: 41, confirm: false } });
    const message = 'fatima (coördinator) heeft deze ruimte om 10:42 gewijzigd; het scherm toont nu de huidige stand.';
    pending[0]!.reject(new ApiError({ code: 'stale', message }));
    await flush();
    expect(pending.slice(1).map((p) => p.name)).toEqual(['rooms.list']);
    pending[1]!.resolve({ items: [{ ...room, stamp: 42 }], count: 1, locations: [] });
    expect(await saving).toEqual({ outcome: null, fields: {}, error: message, stale: true });
    expect(useManageStore.getState().lists.rooms?.items[0]?.stamp).toBe(42);
  });

  it('turns a refusal into messages per field', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    const saving = useManageStore.getState().save('gemeenten', { name: 'Tiel' });
    await flush();
    pending[0]!.reject(new ApiError({ code: 'invalid_input', message: 'x', field: 'name', issues: [{ field: 'name', message: 'Naam: "Tiel" bestaat al.' }] }));
    expect(await saving).toEqual({ outcome: null, fields: { name: 'Naam: "Tiel" bestaat al.' }, error: null });
    expect(resultOfError(new ApiError({ code: 'conflict', message: 'Tiel wordt nog gebruikt.' }))).toEqual({ outcome: null, fields: {}, error: 'Tiel wordt nog gebruikt.' });
  });

  it('writes a refusal that carries its message in the chosen language, on its field or for the form', () => {
    useLangStore.setState({ lang: 'en' });
    try {
      const taken = new ApiError({ code: 'conflict', field: 'name', msg: msg('manage.nameTaken.gemeente', { name: 'Tiel' }) });
      expect(resultOfError(taken)).toEqual({ outcome: null, fields: {}, error: 'There is already a municipality named Tiel.' });
      const field = invalidInput('gemeenteId', msg('clientForm.gemeenteUnknown'));
      // A field keeps its message, written where the form shows it (in either language).
      const onField = resultOfError(field);
      expect(Object.keys(onField.fields)).toEqual(['gemeenteId']);
      expect(fieldMsgText(onField.fields.gemeenteId!, 'en')).toBe('Municipality: choose a municipality from the list.');
      expect(fieldMsgText(onField.fields.gemeenteId!, 'nl')).toBe('Gemeente: kies een gemeente uit de lijst.');
      // A contract refusal that reached the store over the transport: the issue's message.
      const contract = new ApiError({
        code: 'invalid_input',
        message: 'x',
        field: 'name',
        issues: [{ field: 'name', message: 'Naam is verplicht.', msg: msg('form.required', { label: p.msg(msg('form.label.name')) }) }],
      });
      expect(fieldMsgText(resultOfError(contract).fields.name!, 'en')).toBe('Name is required.');
      // An unexpected failure: the general sentence, in the chosen language too.
      expect(resultOfError(new Error('boom')).error).toBe('Something unexpected went wrong. Please try again.');
    } finally {
      useLangStore.setState({ lang: 'nl' });
    }
    expect(fieldMsgText(resultOfError(invalidInput('gemeenteId', msg('clientForm.gemeenteUnknown'))).fields.gemeenteId!, 'nl')).toBe('Gemeente: kies een gemeente uit de lijst.');
  });

  it('removes with confirm flags and sets a travel time, reloading the matrix', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    const removing = useManageStore.getState().remove('locations', 'L1');
    await flush();
    expect(pending[0]).toMatchObject({ name: 'locations.remove', input: { id: 'L1', confirm: false, reason: null } });
    pending[0]!.resolve({ applied: false, id: null, message: 'Gemeentehuis wordt nog gebruikt door 1 zaal.', conflicts: none });
    expect((await removing).outcome?.message).toBe('Gemeentehuis wordt nog gebruikt door 1 zaal.');

    const setting = useManageStore.getState().setTravelTime('L1', 'L2', null);
    await flush();
    expect(pending[1]).toMatchObject({ name: 'travelTimes.set', input: { from: 'L1', to: 'L2', minutes: null, confirm: false } });
    pending[1]!.resolve({ applied: true, id: null, message: 'De reistijd is leeggemaakt.', conflicts: none });
    await flush();
    expect(pending[2]!.name).toBe('travelTimes.list');
    pending[2]!.resolve({ locations: [], pairs: [] });
    await setting;
    expect(useManageStore.getState().travel).toEqual({ locations: [], pairs: [] });
  });

  it('keeps a failed load as a message', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    const loading = useManageStore.getState().load('rooms');
    pending[0]!.reject(new ApiError({ code: 'internal', message: 'De database is niet bereikbaar.' }));
    await loading;
    expect(useManageStore.getState().loadError).toBe('De database is niet bereikbaar.');
  });

  it('saves the settings and reloads them when applied', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    const form = { name: 'Regio', dayStart: '08:30', dayEnd: '17:00', slotMinutes: 15 };
    const saving = useManageStore.getState().saveSettings(form, { confirm: true, reason: 'Nieuw rooster' });
    await flush();
    expect(pending[0]).toMatchObject({ name: 'settings.save', input: { ...form, confirm: true, reason: 'Nieuw rooster' } });
    pending[0]!.resolve({ applied: true, id: null, message: 'De instellingen zijn opgeslagen.', msg: msg('manage.settings.saved'), conflicts: none });
    await flush();
    expect(pending[1]!.name).toBe('settings.get');
    pending[1]!.resolve({ name: 'Regio' });
    expect((await saving).outcome?.applied).toBe(true);
    expect(useManageStore.getState().settings).toEqual({ name: 'Regio' });
    expect(useManageStore.getState().notice).toEqual(msg('manage.settings.saved'));
  });
});
