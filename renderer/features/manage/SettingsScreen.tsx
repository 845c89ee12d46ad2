import { useEffect, useState } from 'react';
import { SettingsFormSchema } from '../../../shared/api/contract';
import {
  presetOf,
  WEIGHT_INFO,
  WEIGHT_KEYS,
  WEIGHT_LEVELS,
  WEIGHT_PRESET_IDS,
  WEIGHT_PRESETS,
  type WeightChoice,
  type WeightKey,
  type WeightPresetId,
} from '../../../shared/domain/planning-weights';
import { useT, type MessageKey } from '../../i18n';
import { Field, FormFrame } from './FormFrame';
import { useManageStore, type RegionSettings } from './manageStore';
import { ManageNotice } from './Notice';
import { numberOf } from './RoomsScreen';

const GRIDS = [5, 10, 15, 20, 30, 60];

interface Draft {
  name: string;
  dayStart: string;
  dayEnd: string;
  slotMinutes: string;
  workingDays: string;
  groupMinutes: string;
  groupMin: string;
  groupMax: string;
  toetsMinutes: string;
  toetsMax: string;
  weights: Record<WeightKey, WeightChoice>;
}

function draftOf(s: RegionSettings): Draft {
  return {
    name: s.name,
    dayStart: s.dayStart,
    dayEnd: s.dayEnd,
    slotMinutes: String(s.slotMinutes),
    workingDays: String(s.workingDays),
    groupMinutes: String(s.groupInfo.minutes),
    groupMin: String(s.groupInfo.minSize),
    groupMax: String(s.groupInfo.maxSize),
    toetsMinutes: String(s.toets.minutes),
    toetsMax: s.toets.maxSize === null ? '' : String(s.toets.maxSize),
    weights: { ...s.weights },
  };
}

/** The region's settings: the day and grid, group sizes, the toets, and the planning weights in plain words with presets. */
export function SettingsScreen() {
  const { t, lang } = useT();
  const settings = useManageStore((s) => s.settings);
  const loadSettings = useManageStore((s) => s.loadSettings);
  const saveSettings = useManageStore((s) => s.saveSettings);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  useEffect(() => {
    if (settings) setDraft(draftOf(settings));
  }, [settings]);

  if (!settings || !draft) {
    return (
      <div className="manage-screen">
        <ManageNotice />
        <p className="state" role="status">
          <span className="spinner" aria-hidden="true" /> {t('app.loading')}
        </p>
      </div>
    );
  }
  const put = (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const preset = presetOf(draft.weights);
  const choosePreset = (id: WeightPresetId) => put({ weights: { ...WEIGHT_PRESETS[id].levels } });
  const levelKey = (l: WeightChoice) => `manage.weight.${l}` as MessageKey;

  return (
    <div className="manage-screen">
      <ManageNotice />
      <FormFrame
        key={formKey}
        testId="settings-form"
        title={t('manage.settings.title')}
        schema={SettingsFormSchema}
        build={() => ({
          name: draft.name,
          dayStart: draft.dayStart,
          dayEnd: draft.dayEnd,
          slotMinutes: numberOf(draft.slotMinutes),
          workingDays: numberOf(draft.workingDays),
          groupInfo: { minutes: numberOf(draft.groupMinutes), minSize: numberOf(draft.groupMin), maxSize: numberOf(draft.groupMax) },
          toets: { minutes: numberOf(draft.toetsMinutes), maxSize: draft.toetsMax.trim() === '' ? null : Number(draft.toetsMax) },
          weights: draft.weights,
        })}
        save={(form, flags) => saveSettings(form, { ...flags, expectedStamp: settings.stamp })}
        onStale={() => void loadSettings()}
        onDone={() => undefined}
        onCancel={() => {
          setDraft(draftOf(settings));
          setFormKey((k) => k + 1);
        }}
      >
        <Field name="name" label={t('manage.settings.name')}>
          {(a) => <input {...a} type="text" maxLength={80} value={draft.name} onChange={(e) => put({ name: e.target.value })} />}
        </Field>
        <Field name="dayStart" label={t('manage.settings.dayStart')}>
          {(a) => <input {...a} type="time" value={draft.dayStart} onChange={(e) => put({ dayStart: e.target.value })} />}
        </Field>
        <Field name="dayEnd" label={t('manage.settings.dayEnd')}>
          {(a) => <input {...a} type="time" value={draft.dayEnd} onChange={(e) => put({ dayEnd: e.target.value })} />}
        </Field>
        <Field name="slotMinutes" label={t('manage.settings.grid')}>
          {(a) => (
            <select {...a} value={draft.slotMinutes} onChange={(e) => put({ slotMinutes: e.target.value })}>
              {GRIDS.map((g) => (
                <option key={g} value={g}>
                  {t('manage.settings.minutes', { n: g })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="workingDays" label={t('manage.settings.workingDays')}>
          {(a) => <input {...a} type="number" min={1} max={7} value={draft.workingDays} onChange={(e) => put({ workingDays: e.target.value })} />}
        </Field>
        <Field name="groupInfo.minutes" label={t('manage.settings.groupMinutes')}>
          {(a) => <input {...a} type="number" min={15} max={480} value={draft.groupMinutes} onChange={(e) => put({ groupMinutes: e.target.value })} />}
        </Field>
        <Field name="groupInfo.minSize" label={t('manage.settings.groupMin')}>
          {(a) => <input {...a} type="number" min={0} max={50} value={draft.groupMin} onChange={(e) => put({ groupMin: e.target.value })} />}
        </Field>
        <Field name="groupInfo.maxSize" label={t('manage.settings.groupMax')}>
          {(a) => <input {...a} type="number" min={1} max={100} value={draft.groupMax} onChange={(e) => put({ groupMax: e.target.value })} />}
        </Field>
        <Field name="toets.minutes" label={t('manage.settings.toetsMinutes')}>
          {(a) => <input {...a} type="number" min={15} max={480} value={draft.toetsMinutes} onChange={(e) => put({ toetsMinutes: e.target.value })} />}
        </Field>
        <Field name="toets.maxSize" label={t('manage.settings.toetsMax')} hint={t('manage.settings.toetsMaxHint')}>
          {(a) => <input {...a} type="number" min={1} max={50} value={draft.toetsMax} onChange={(e) => put({ toetsMax: e.target.value })} />}
        </Field>

        <fieldset className="manage-rows manage-field--wide manage-weights" data-testid="settings-presets">
          <legend className="field__label">{t('manage.settings.weights')}</legend>
          <p className="muted">{t('manage.settings.weightsIntro')}</p>
          {WEIGHT_PRESET_IDS.map((id) => (
            <label key={id} className="manage-radio">
              <input type="radio" name="preset" checked={preset === id} onChange={() => choosePreset(id)} data-testid={`settings-preset-${id}`} />
              <span>
                <strong>{WEIGHT_PRESETS[id].label[lang]}</strong>
                <span className="muted manage-radio__text">{WEIGHT_PRESETS[id].explanation[lang]}</span>
              </span>
            </label>
          ))}
          <label className="manage-radio">
            <input type="radio" name="preset" checked={preset === null} disabled={preset !== null} data-testid="settings-preset-own" onChange={() => undefined} />
            <span>
              <strong>{t('manage.settings.ownChoice')}</strong>
              <span className="muted manage-radio__text">{t('manage.settings.ownChoiceText')}</span>
            </span>
          </label>
        </fieldset>

        <details className="manage-field--wide manage-weights__details" open={preset === null}>
          <summary data-testid="settings-per-weight">{t('manage.settings.perWeight')}</summary>
          {WEIGHT_KEYS.map((k) => {
            const info = WEIGHT_INFO[k];
            const choices: WeightChoice[] = draft.weights[k] === 'custom' ? [...WEIGHT_LEVELS, 'custom'] : [...WEIGHT_LEVELS];
            return (
              <fieldset key={k} className="manage-rows manage-weight" data-testid={`settings-weight-${k}`}>
                <legend className="field__label">{info.label[lang]}</legend>
                <p className="muted">{info.explanation[lang]}</p>
                {choices.map((l) => (
                  <label key={l} className="manage-radio">
                    <input
                      type="radio"
                      name={`weight-${k}`}
                      checked={draft.weights[k] === l}
                      onChange={() => put({ weights: { ...draft.weights, [k]: l } })}
                      data-testid={`settings-weight-${k}-${l}`}
                    />
                    <span>
                      <strong>{t(levelKey(l))}</strong>
                      <span className="muted manage-radio__text">{l === 'custom' ? t('manage.weight.customText', { value: settings.weightValues[k] }) : info.levels[l][lang]}</span>
                    </span>
                  </label>
                ))}
              </fieldset>
            );
          })}
        </details>
      </FormFrame>
    </div>
  );
}
