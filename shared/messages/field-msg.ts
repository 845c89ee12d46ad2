// A form field's refusal as a message inside a zod issue. A zod message is a string, so the
// contract's schemas encode the message: its Dutch sentence, a unit separator, then the message
// as JSON. The dispatch splits it into the Dutch `message` and its `msg`; the renderer's
// forms (which check with the same schemas) decode it and write it in the reader's language.
// Anything that reads the string as is still reads the Dutch sentence first.
import { FIELD_WHAT, type FieldLabel, type FieldWhat, type FormSentence, type RefWhat } from './catalog/forms';
import type { MsgLang } from './format';
import { renderMsg } from './render';
import { msg, p, type Msg, type MsgParam } from './types';

export type { FieldLabel, FieldWhat, FormSentence, RefWhat } from './catalog/forms';

const SEPARATOR = '\u001f';

/** The message as a zod issue's message: "Naam is verplicht.␟{json}". */
export function encodeFieldMsg(m: Msg): string {
  return `${renderMsg(m, 'nl')}${SEPARATOR}${JSON.stringify(m)}`;
}

/** The message inside an issue's message, or null for a plain sentence. */
export function decodeFieldMsg(text: string): Msg | null {
  const at = text.indexOf(SEPARATOR);
  if (at < 0) return null;
  try {
    // Written by encodeFieldMsg only, so a look at its shape is enough (a dispatch may split thousands).
    const parsed: unknown = JSON.parse(text.slice(at + 1));
    const m = parsed as Msg;
    return typeof parsed === 'object' && parsed !== null && typeof m.code === 'string' && typeof m.params === 'object' && m.params !== null ? m : null;
  } catch {
    return null;
  }
}

/** An issue's message as its Dutch sentence and, when it carries one, the message. */
export function splitFieldMsg(text: string): { message: string; msg?: Msg } {
  const m = decodeFieldMsg(text);
  return m ? { message: text.slice(0, text.indexOf(SEPARATOR)), msg: m } : { message: text };
}

/** An issue's message written in a language (a plain sentence as it is). */
export function fieldMsgText(text: string, lang: MsgLang): string {
  const m = decodeFieldMsg(text);
  return m ? renderMsg(m, lang) : text;
}

/** A field's label ("Naam" / "Name") as a parameter. */
export const labelParam = (label: FieldLabel): MsgParam => p.msg(msg(`form.label.${label}`));

/** A whole sentence about a field, encoded for a schema: formMsg('required', { label: 'name' }). */
export function formMsg(
  code: FormSentence extends `form.${infer C}` ? C : never,
  params: { label?: FieldLabel } & Record<string, MsgParam | string | number | undefined> = {},
): string {
  const out: Record<string, MsgParam | string | number> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out[k] = k === 'label' ? labelParam(v as FieldLabel) : v;
  return encodeFieldMsg(msg(`form.${code}`, out));
}

/** "{label}: {what}", encoded for a schema: labelledMsg('date', 'chooseDate'). */
export function labelledMsg(label: FieldLabel, what: FieldWhat, params: Record<string, MsgParam | string | number> = {}): string {
  return encodeFieldMsg(msg('form.labelled', { label: labelParam(label), what: p.msg(msg(`form.what.${what}`, params)) }));
}

/** "Kies een locatie.", encoded for a schema. */
export const chooseMsg = (what: RefWhat): string => encodeFieldMsg(msg('form.choose', { what: p.msg(msg(`form.ref.${what}`)) }));

/** The part after "{label}: " of a labelled message (an import row names its column already), else the message itself. */
export function withoutLabel(m: Msg): Msg {
  const what = m.code === 'form.labelled' ? m.params.what : undefined;
  return what?.type === 'msg' && what.value.code.slice('form.what.'.length) in FIELD_WHAT ? what.value : m;
}
