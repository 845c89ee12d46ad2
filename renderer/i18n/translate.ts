// Pure translation, usable from stores and tests without React.
import { en } from './en';
import { nl, type MessageKey } from './nl';

export type Lang = 'nl' | 'en';
export type { MessageKey };
export type Params = Record<string, string | number>;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { nl, en };

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = dictionaries[lang][key] ?? nl[key] ?? key;
  if (!params) return template;
  const has = (name: string) => Object.prototype.hasOwnProperty.call(params, name);
  return (
    template
      // "{n:dag|dagen}": the singular when n is 1 (or -1), else the plural.
      .replace(/\{(\w+):([^|}]*)\|([^}]*)\}/g, (whole, name: string, one: string, many: string) => (has(name) ? (Math.abs(Number(params[name])) === 1 ? one : many) : whole))
      .replace(/\{(\w+)\}/g, (whole, name: string) => (has(name) ? String(params[name]) : whole))
  );
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translatorFor(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}
