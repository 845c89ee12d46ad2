import { useMemo } from 'react';
import { useLangStore } from './langStore';
import { translatorFor, type Lang, type Translate } from './translate';
import { fieldMsgText, formatPerson, renderMsg, type Msg, type PersonHint } from '../../shared/messages';
import { saidText, type Said } from './said';

export { translate, translatorFor } from './translate';
export type { Lang, MessageKey, Params, Translate } from './translate';
export { useLangStore } from './langStore';
export { saidText, type Said } from './said';

/** The translator for the chosen language; components re-render when it changes. */
export function useT(): { t: Translate; lang: Lang } {
  const lang = useLangStore((s) => s.lang);
  const t = useMemo(() => translatorFor(lang), [lang]);
  return { t, lang };
}

/**
 * Writes a service's message (code + parameters, `shared/messages/`) in the chosen language;
 * the Dutch sentence the service also sent stands in for data that carries no message yet.
 */
export function useMsg(): (m: Msg | undefined | null, fallback?: string) => string {
  const lang = useLangStore((s) => s.lang);
  return useMemo(
    () =>
      (m, fallback = '') =>
        m ? renderMsg(m, lang) : fallback,
    [lang],
  );
}

/**
 * Writes a form field's refusal in the chosen language: a message the contract's schemas encode
 * in their issues (shared/messages/field-msg.ts), or a sentence as it is.
 */
export function useFieldMsg(): FieldMsgWriter {
  const lang = useLangStore((s) => s.lang);
  return useMemo(() => ((text: string | null | undefined) => (text ? fieldMsgText(text, lang) : text)) as FieldMsgWriter, [lang]);
}

/** A field's refusal written out; no refusal stays none. */
export interface FieldMsgWriter {
  (text: string): string;
  (text: string | null | undefined): string | null | undefined;
}

/**
 * A person's name as a list shows it: with what sets them apart from others with the same name
 * ("Mohammed Mansour (Leerdam)"), when the service sent a hint.
 */
export function usePersonName(): (person: { name: string; hint?: PersonHint }) => string {
  const lang = useLangStore((s) => s.lang);
  return useMemo(() => (person) => formatPerson(person.name, person.hint, lang), [lang]);
}

/** Writes what a store kept to say (`Said`) in the chosen language; components re-render when it changes. */
export function useSaid(): (s: Said | null | undefined) => string {
  const lang = useLangStore((st) => st.lang);
  return useMemo(() => (s) => (s ? saidText(s, lang) : ''), [lang]);
}
