import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { FIELD_LABELS } from './catalog/forms';
import { chooseMsg, decodeFieldMsg, encodeFieldMsg, fieldMsgText, formMsg, labelledMsg, splitFieldMsg, withoutLabel } from './field-msg';
import { renderMsg } from './render';
import { msg } from './types';

describe('a field message inside a zod issue', () => {
  it('reads as its Dutch sentence and decodes to the message', () => {
    const text = formMsg('required', { label: 'name' });
    expect(text.startsWith('Naam is verplicht.')).toBe(true);
    const m = decodeFieldMsg(text)!;
    expect(renderMsg(m, 'en')).toBe('Name is required.');
    expect(splitFieldMsg(text)).toEqual({ message: 'Naam is verplicht.', msg: m });
    expect(encodeFieldMsg(m)).toBe(text);
  });

  it('leaves a plain sentence as it is', () => {
    expect(decodeFieldMsg('Gewoon een zin.')).toBeNull();
    expect(splitFieldMsg('Gewoon een zin.')).toEqual({ message: 'Gewoon een zin.' });
    expect(fieldMsgText('Gewoon een zin.', 'en')).toBe('Gewoon een zin.');
    expect(decodeFieldMsg('kapot\u001f{niet json')).toBeNull();
  });

  it('writes labelled and choice messages in both languages', () => {
    expect(fieldMsgText(labelledMsg('start', 'timeFormat'), 'nl')).toBe('Begintijd: schrijf de tijd als UU:MM, bijvoorbeeld 09:00.');
    expect(fieldMsgText(labelledMsg('start', 'timeFormat'), 'en')).toBe('Start time: write the time as HH:MM, for example 09:00.');
    expect(fieldMsgText(labelledMsg('languages', 'atMostItems', { max: 20 }), 'en')).toBe('Languages: at most 20.');
    expect(fieldMsgText(chooseMsg('location'), 'nl')).toBe('Kies een locatie.');
    expect(fieldMsgText(chooseMsg('location'), 'en')).toBe('Choose a location.');
    expect(fieldMsgText(formMsg('endAfterStart', { label: 'end' }), 'en')).toBe('End time must be after the start time.');
  });

  it('drops the label where the column names the field already', () => {
    const m = decodeFieldMsg(labelledMsg('date', 'chooseDate'))!;
    expect(renderMsg(withoutLabel(m), 'en')).toBe('choose a date.');
    const whole = decodeFieldMsg(formMsg('required', { label: 'name' }))!;
    expect(withoutLabel(whole)).toBe(whole);
    expect(withoutLabel(msg('form.labelled', { label: 'x', what: 'y' }))).toEqual(msg('form.labelled', { label: 'x', what: 'y' }));
  });

  it('has every label in the catalogue in both languages', () => {
    for (const label of Object.keys(FIELD_LABELS)) {
      expect(CATALOG[`form.label.${label}`]?.nl, label).toBeTruthy();
      expect(CATALOG[`form.label.${label}`]?.en, label).toBeTruthy();
    }
  });
});
