// Writing a message in a language: the catalogue's template with its parameters filled in.
import { CATALOG } from './catalog';
import { formatParam, type MsgLang } from './format';
import type { Msg } from './types';

/**
 * Template syntax, the same as the renderer's dictionaries: "{name}" is a parameter written out,
 * "{n:dag|dagen}" picks by the number parameter n (the singular for 1 and -1), and a list
 * parameter counts its items there.
 */
export function renderMsg(message: Msg, lang: MsgLang): string {
  const entry = CATALOG[message.code];
  if (!entry) return lang === 'nl' ? 'Onbekende melding.' : 'Unknown message.';
  const template = entry[lang];
  const params = message.params;
  const countOf = (name: string): number | null => {
    const v = params[name];
    if (!v) return null;
    if (v.type === 'number' || v.type === 'daysLeft') return v.value;
    if (v.type === 'list') return v.items.length;
    return null;
  };
  return template
    .replace(/\{(\w+):([^|}]*)\|([^}]*)\}/g, (whole, name: string, one: string, many: string) => {
      const n = countOf(name);
      return n === null ? whole : Math.abs(n) === 1 ? one : many;
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = params[name];
      return v ? formatParam(v, lang, (m) => renderMsg(m, lang)) : whole;
    });
}

/** Whether a code is in the catalogue (tests and the contract's checks). */
export function hasMessage(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(CATALOG, code);
}
