import { useEffect, useId, useRef, useState } from 'react';
import '../../styles/setup.css';
import { useT } from '../../i18n';
import { useSetupStore } from './setupStore';

/** First start: an empty data folder asks for an own region or the demo. */
export function SetupPage() {
  const { t } = useT();
  const demoAvailable = useSetupStore((s) => s.demoAvailable);
  const busy = useSetupStore((s) => s.busy);
  const error = useSetupStore((s) => s.error);
  const loadDemo = useSetupStore((s) => s.loadDemo);
  const clearErrors = useSetupStore((s) => s.clearErrors);
  const demoRemoved = useSetupStore((s) => s.demoRemoved);
  const [own, setOwn] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ownButtonRef = useRef<HTMLButtonElement>(null);
  const backToChoice = useRef(false);

  useEffect(() => {
    // Just after the demo was removed the page it was removed from is gone: start at the top.
    if (useSetupStore.getState().demoRemoved) headingRef.current?.focus();
  }, []);

  useEffect(() => {
    // Back from the form: focus returns to the choice that opened it.
    if (!own && backToChoice.current) ownButtonRef.current?.focus();
  }, [own]);

  const showForm = own || !demoAvailable;
  return (
    <section className="setup" data-testid="setup-page" aria-labelledby="setup-title">
      <h2 id="setup-title" ref={headingRef} tabIndex={-1} className="setup__title">
        {t('setup.title')}
      </h2>
      {demoRemoved && !showForm ? (
        <p className="notice notice--ok setup__removed" role="status" data-testid="setup-demo-removed">
          {t('setup.removed')}
        </p>
      ) : (
        <p className="muted setup__intro">{demoAvailable ? t('setup.intro') : t('setup.intro.ownOnly')}</p>
      )}
      {showForm ? (
        <OwnRegionForm
          onBack={
            demoAvailable
              ? () => {
                  backToChoice.current = true;
                  clearErrors();
                  setOwn(false);
                }
              : undefined
          }
        />
      ) : (
        <>
          {error && (
            <p className="inline-error" role="alert" data-testid="setup-error">
              {error}
            </p>
          )}
          <div className="profile-cards setup__choices" role="group" aria-label={t('setup.choices')}>
            <div className="profile-card">
              <h3 className="profile-card__title">{t('setup.own.title')}</h3>
              <p className="profile-card__text">{t('setup.own.text')}</p>
              <button
                ref={ownButtonRef}
                type="button"
                className="btn btn--primary"
                data-testid="setup-own"
                disabled={busy !== null}
                onClick={() => {
                  clearErrors();
                  setOwn(true);
                }}
              >
                {t('setup.own.start')}
              </button>
            </div>
            <div className="profile-card">
              <h3 className="profile-card__title">{t('setup.demo.title')}</h3>
              <p className="profile-card__text">{t('setup.demo.text')}</p>
              <button type="button" className="btn" data-testid="setup-demo" disabled={busy !== null} aria-busy={busy === 'demo'} onClick={() => void loadDemo()}>
                {t('setup.demo.start')}
              </button>
              {busy === 'demo' && (
                <p className="state setup__busy" role="status">
                  <span className="spinner" aria-hidden="true" /> {t('setup.demo.loading')}
                </p>
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

interface Row {
  key: number;
  value: string;
}

function OwnRegionForm({ onBack }: { onBack?: () => void }) {
  const { t } = useT();
  const id = useId();
  const busy = useSetupStore((s) => s.busy);
  const errors = useSetupStore((s) => s.formErrors);
  const createRegion = useSetupStore((s) => s.createRegion);
  const clearErrors = useSetupStore((s) => s.clearErrors);
  const [name, setName] = useState('');
  const nextKey = useRef(1);
  const [rows, setRows] = useState<Row[]>([{ key: 0, value: '' }]);
  const nameRef = useRef<HTMLInputElement>(null);
  const rowRefs = useRef(new Map<number, HTMLInputElement>());
  const focusRow = useRef<number | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  useEffect(() => {
    // After adding or removing a row, focus goes where the user continues.
    if (focusRow.current === null) return;
    const el = rowRefs.current.get(focusRow.current);
    focusRow.current = null;
    if (el) el.focus();
    else addRef.current?.focus();
  }, [rows]);

  const submit = async () => {
    const ok = await createRegion(
      name,
      rows.map((r) => r.value),
    );
    if (ok) return;
    // The first field in error gets the focus, so a keyboard user lands on what to fix.
    const { name: nameError, rows: rowErrors, gemeenten } = useSetupStore.getState().formErrors;
    if (nameError) nameRef.current?.focus();
    else {
      const first = rows.findIndex((_r, i) => rowErrors[i]);
      if (first >= 0) rowRefs.current.get(rows[first]!.key)?.focus();
      else if (gemeenten) rowRefs.current.get(rows[0]!.key)?.focus();
    }
  };

  const nameErrorId = `${id}-name-error`;
  const listErrorId = `${id}-list-error`;
  return (
    <form
      className="setup-form"
      data-testid="setup-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-title`} className="setup-form__title">
        {t('setup.own.title')}
      </h3>
      <p className="muted">{t('setup.form.intro')}</p>
      <div className="field setup-form__field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {t('setup.form.name')}
        </label>
        <input
          ref={nameRef}
          id={`${id}-name`}
          className="text-input"
          data-testid="setup-name"
          value={name}
          autoComplete="off"
          maxLength={100}
          placeholder={t('setup.form.nameHint')}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? nameErrorId : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {errors.name && (
          <p id={nameErrorId} className="inline-error" data-testid="setup-name-error">
            {errors.name}
          </p>
        )}
      </div>
      <fieldset className="setup-form__gemeenten" aria-describedby={`${id}-hint${errors.gemeenten ? ` ${listErrorId}` : ''}`}>
        <legend className="field__label">{t('setup.form.gemeenten')}</legend>
        <p id={`${id}-hint`} className="muted setup-form__hint">
          {t('setup.form.gemeentenHint')}
        </p>
        <ol className="setup-form__rows">
          {rows.map((row, i) => {
            const rowError = errors.rows[i];
            const errorId = `${id}-row-${row.key}-error`;
            return (
              <li key={row.key} className="setup-form__row">
                <div className="setup-form__row-line">
                  <input
                    ref={(el) => {
                      if (el) rowRefs.current.set(row.key, el);
                      else rowRefs.current.delete(row.key);
                    }}
                    className="text-input"
                    data-testid={`setup-gemeente-${i}`}
                    value={row.value}
                    autoComplete="off"
                    maxLength={80}
                    aria-label={t('setup.form.gemeente', { n: i + 1 })}
                    aria-invalid={rowError ? true : undefined}
                    aria-describedby={rowError ? errorId : undefined}
                    onChange={(e) => setRows((rs) => rs.map((r) => (r.key === row.key ? { ...r, value: e.target.value } : r)))}
                  />
                  <button
                    type="button"
                    className="btn btn--ghost btn--small"
                    data-testid={`setup-gemeente-remove-${i}`}
                    aria-label={t('setup.form.removeLabel', { n: i + 1 })}
                    disabled={rows.length === 1}
                    onClick={() => {
                      const next = rows[i + 1] ?? rows[i - 1];
                      focusRow.current = next ? next.key : null;
                      // Errors point at rows by their place; after a removal they would point wrong.
                      clearErrors();
                      setRows((rs) => rs.filter((r) => r.key !== row.key));
                    }}
                  >
                    {t('setup.form.remove')}
                  </button>
                </div>
                {rowError && (
                  <p id={errorId} className="inline-error" data-testid={`setup-gemeente-error-${i}`}>
                    {rowError}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
        <button
          ref={addRef}
          type="button"
          className="btn btn--small setup-form__add"
          data-testid="setup-gemeente-add"
          onClick={() => {
            const key = nextKey.current++;
            focusRow.current = key;
            setRows((rs) => [...rs, { key, value: '' }]);
          }}
        >
          + {t('setup.form.add')}
        </button>
        {errors.gemeenten && (
          <p id={listErrorId} className="inline-error" data-testid="setup-gemeenten-error">
            {errors.gemeenten}
          </p>
        )}
      </fieldset>
      {errors.other && (
        <p className="inline-error" role="alert" data-testid="setup-form-error">
          {errors.other}
        </p>
      )}
      <div className="setup-form__actions">
        <button type="submit" className="btn btn--primary" data-testid="setup-submit" disabled={busy !== null} aria-busy={busy === 'create'}>
          {busy === 'create' ? t('setup.form.busy') : t('setup.form.submit')}
        </button>
        {onBack && (
          <button type="button" className="btn btn--ghost" data-testid="setup-back" disabled={busy !== null} onClick={onBack}>
            {t('setup.form.back')}
          </button>
        )}
      </div>
    </form>
  );
}
