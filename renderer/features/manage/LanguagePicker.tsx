import { useId, useState } from 'react';
import { LANGUAGES, languageName } from '../../../shared/domain/languages';
import { useT } from '../../i18n';
import { GroupError } from './FormFrame';

/** Languages chosen from the list by their Dutch (or English) names; each chosen one can be removed. */
export function LanguagePicker({
  name,
  testId,
  value,
  onChange,
  legend,
  exclude = [],
}: {
  name: string;
  testId: string;
  value: string[];
  onChange(codes: string[]): void;
  /** Defaults to "Talen". */
  legend?: string;
  /** Codes not offered (a participant's first language among the other ones). */
  exclude?: string[];
}) {
  const { t, lang } = useT();
  const uid = useId();
  const [pick, setPick] = useState('');
  const options = LANGUAGES.filter((l) => !value.includes(l.code) && !exclude.includes(l.code)).sort((a, b) => a[lang].localeCompare(b[lang], lang));
  const add = () => {
    if (!pick) return;
    onChange([...value, pick]);
    setPick('');
  };
  return (
    <fieldset className="manage-rows manage-field--wide" data-testid={testId}>
      <legend className="field__label">{legend ?? t('manage.field.languages')}</legend>
      <ul className="manage-chips" aria-label={t('manage.languages.chosen')}>
        {value.length === 0 && <li className="muted">{t('manage.languages.none')}</li>}
        {value.map((code) => (
          <li key={code} className="manage-chip">
            {languageName(code, lang)}
            <button
              type="button"
              className="manage-chip__remove"
              aria-label={t('manage.languages.removeOf', { language: languageName(code, lang) })}
              data-testid={`${testId}-remove-${code}`}
              onClick={() => onChange(value.filter((c) => c !== code))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="manage-chips__add">
        <label htmlFor={`${uid}-pick`} className="sr-only">
          {t('manage.languages.pick')}
        </label>
        <select
          id={`${uid}-pick`}
          value={pick}
          data-testid={`${testId}-pick`}
          onChange={(e) => setPick(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        >
          <option value="">{t('manage.languages.pick')}</option>
          {options.map((l) => (
            <option key={l.code} value={l.code}>
              {l[lang]}
            </option>
          ))}
        </select>
        <button type="button" className="btn" disabled={!pick} onClick={add} data-testid={`${testId}-add`}>
          {t('manage.languages.add')}
        </button>
      </div>
      <GroupError name={name} />
    </fieldset>
  );
}
