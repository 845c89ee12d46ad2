import { useEffect, useId, useState } from 'react';
import { HouseholdFormSchema, type ParticipantDetail, type WeeklyPatternForm } from '../../../shared/api/contract';
import { useT } from '../../i18n';
import { Field, GroupError } from '../manage/FormFrame';
import { PatternEditor } from '../manage/PatternEditor';
import { PeopleFormFrame } from './PeopleFormFrame';
import { usePeopleStore } from './peopleStore';

type Household = ParticipantDetail['household'];
interface ChildDraft {
  id?: string;
  givenName: string;
  birthDate: string;
  covered: WeeklyPatternForm[];
}

/** The open client's household: other adults, partners who are participants, children. */
export function HouseholdForm({ household, onDone, onCancel }: { household: Household; onDone(): void; onCancel(): void }) {
  const { t } = useT();
  const saveHousehold = usePeopleStore((s) => s.saveHousehold);
  const participantId = usePeopleStore((s) => s.openId ?? '');
  const [adults, setAdults] = useState(String(household?.adultsOutside ?? 0));
  const [partners, setPartners] = useState(household?.partners ?? []);
  const childDrafts = (h: Household): ChildDraft[] =>
    (h?.children ?? []).map((c) => ({ id: c.id, givenName: c.givenName, birthDate: c.birthDate, covered: c.covered.map((w) => ({ ...w })) }));
  const [children, setChildren] = useState<ChildDraft[]>(() => childDrafts(household));
  /** After a stale refusal: the household as the reloaded page shows it. */
  const refill = () => {
    const fresh = usePeopleStore.getState().detail?.household ?? null;
    setAdults(String(fresh?.adultsOutside ?? 0));
    setPartners(fresh?.partners ?? []);
    setChildren(childDrafts(fresh));
  };
  const putChild = (i: number, patch: Partial<ChildDraft>) => setChildren((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  return (
    <PeopleFormFrame
      testId="household-form"
      title={household ? t('people.household.edit') : t('people.household.new')}
      schema={HouseholdFormSchema}
      build={() => ({
        participantId,
        adultsOutside: adults === '' ? undefined : Number(adults),
        partnerIds: partners.map((p) => p.id),
        children: children.map((c) => ({ ...(c.id ? { id: c.id } : {}), givenName: c.givenName, birthDate: c.birthDate, covered: c.covered })),
      })}
      save={(form, confirm) => saveHousehold(form, confirm)}
      onStale={refill}
      onDone={onDone}
      onCancel={onCancel}
    >
      <Field name="adultsOutside" label={t('people.household.adultsOutside')} hint={t('people.household.adultsOutsideHint')}>
        {(a) => <input {...a} type="number" min={0} max={6} value={adults} onChange={(e) => setAdults(e.target.value)} />}
      </Field>
      <PartnerPicker value={partners} onChange={setPartners} />
      <fieldset className="manage-rows manage-field--wide" data-testid="household-form-children">
        <legend className="field__label">{t('people.household.children')}</legend>
        <GroupError name="children" />
        {children.length === 0 && <p className="muted">{t('people.household.noChildren')}</p>}
        {children.map((c, i) => (
          <div key={c.id ?? `new-${i}`} className="people-child" data-testid={`household-child-${i}`}>
            <div className="manage-rows__row">
              <Field name={`children.${i}.givenName`} label={t('people.household.childName')}>
                {(a) => <input {...a} type="text" maxLength={60} value={c.givenName} onChange={(e) => putChild(i, { givenName: e.target.value })} />}
              </Field>
              <Field name={`children.${i}.birthDate`} label={t('people.household.birthDate')}>
                {(a) => <input {...a} type="date" value={c.birthDate} onChange={(e) => putChild(i, { birthDate: e.target.value })} />}
              </Field>
              <button
                type="button"
                className="btn btn--ghost manage-rows__remove"
                data-testid={`household-child-${i}-remove`}
                aria-label={t('people.household.removeChild', { name: c.givenName || String(i + 1) })}
                onClick={() => setChildren((cs) => cs.filter((_, j) => j !== i))}
              >
                {t('manage.rowRemove')}
              </button>
            </div>
            <PatternEditor name={`children.${i}.covered`} legend={t('people.household.covered')} plain rows={c.covered} onChange={(covered) => putChild(i, { covered })} />
          </div>
        ))}
        <button type="button" className="btn" data-testid="household-child-add" onClick={() => setChildren((cs) => [...cs, { givenName: '', birthDate: '', covered: [] }])}>
          {t('people.household.addChild')}
        </button>
      </fieldset>
    </PeopleFormFrame>
  );
}

/** Partners who are participants: chips to remove, and a search to add one. */
function PartnerPicker({ value, onChange }: { value: { id: string; name: string }[]; onChange(v: { id: string; name: string }[]): void }) {
  const { t } = useT();
  const uid = useId();
  const findPartners = usePeopleStore((s) => s.findPartners);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ id: string; name: string }[]>([]);
  const [pick, setPick] = useState('');
  useEffect(() => {
    if (query.trim().length < 2) {
      setFound([]);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => void findPartners(query).then((r) => live && setFound(r)), 200);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, findPartners]);
  const options = found.filter((p) => !value.some((v) => v.id === p.id));
  const add = () => {
    const p = options.find((o) => o.id === pick) ?? options[0];
    if (!p) return;
    onChange([...value, p]);
    setPick('');
    setQuery('');
  };
  return (
    <fieldset className="manage-rows manage-field--wide" data-testid="household-form-partners">
      <legend className="field__label">{t('people.household.partners')}</legend>
      <ul className="manage-chips">
        {value.length === 0 && <li className="muted">{t('people.household.noPartners')}</li>}
        {value.map((p) => (
          <li key={p.id} className="manage-chip">
            {p.name}
            <button
              type="button"
              className="manage-chip__remove"
              aria-label={t('people.household.removePartner', { name: p.name })}
              onClick={() => onChange(value.filter((v) => v.id !== p.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="manage-chips__add">
        <label htmlFor={`${uid}-q`} className="sr-only">
          {t('people.household.findPartner')}
        </label>
        <input
          id={`${uid}-q`}
          type="search"
          placeholder={t('people.household.findPartner')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="household-partner-search"
        />
        <label htmlFor={`${uid}-pick`} className="sr-only">
          {t('people.household.pickPartner')}
        </label>
        <select id={`${uid}-pick`} value={pick} onChange={(e) => setPick(e.target.value)} disabled={options.length === 0} data-testid="household-partner-pick">
          <option value="">{options.length ? t('people.household.pickPartner') : t('people.household.noneFound')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <button type="button" className="btn" disabled={options.length === 0} onClick={add} data-testid="household-partner-add">
          {t('people.household.addPartner')}
        </button>
      </div>
      <GroupError name="partnerIds" />
    </fieldset>
  );
}
