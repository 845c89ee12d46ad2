import { useEffect, useState } from 'react';
import '../../styles/manage.css';
import '../../styles/people.css';
import { MIGRANT_KINDS, ParticipantFormSchema, type ParticipantDetail, type WeeklyPatternForm } from '../../../shared/api/contract';
import { DIGITAL_SKILLS, type DigitalSkill } from '../../../shared/domain/kinds';
import { LANGUAGES } from '../../../shared/domain/languages';
import { ROUTES } from '../../../shared/domain/routes';
import { useT } from '../../i18n';
import { Field } from '../manage/FormFrame';
import { LanguagePicker } from '../manage/LanguagePicker';
import { PatternEditor } from '../manage/PatternEditor';
import { useProfileStore } from '../profile/profileStore';
import { PeopleFormFrame } from './PeopleFormFrame';
import { usePeopleStore } from './peopleStore';

type Person = ParticipantDetail['person'];
type MigrantKind = (typeof MIGRANT_KINDS)[number];

interface Draft {
  givenName: string;
  familyName: string;
  gemeenteId: string;
  migrantKind: MigrantKind;
  koppelingDate: string;
  registrationDate: string;
  housingDate: string;
  language: string;
  otherLanguages: string[];
  digitalSkill: DigitalSkill;
  routeIndication: string;
  busy: WeeklyPatternForm[];
  consultantId: string;
}

function draftOf(p: Person | null, ownConsultant: string | null): Draft {
  if (!p)
    return {
      givenName: '',
      familyName: '',
      gemeenteId: '',
      migrantKind: 'statushouder',
      koppelingDate: '',
      registrationDate: '',
      housingDate: '',
      language: '',
      otherLanguages: [],
      digitalSkill: 'basic',
      routeIndication: '',
      busy: [],
      consultantId: ownConsultant ?? '',
    };
  return {
    givenName: p.givenName,
    familyName: p.familyName,
    gemeenteId: p.gemeente.id,
    migrantKind: p.migrantKind,
    koppelingDate: p.koppelingDate ?? '',
    registrationDate: p.registrationDate ?? '',
    housingDate: p.housingDate ?? '',
    language: p.language,
    otherLanguages: p.otherLanguages,
    digitalSkill: p.digitalSkill,
    routeIndication: p.routeIndication ?? '',
    busy: p.busy.map((b) => ({ weekday: b.weekday, start: b.start, end: b.end })),
    consultantId: p.consultant?.id ?? '',
  };
}

const orNull = (s: string) => (s === '' ? null : s);

/** Add or edit a participant: every field of the contract's form, errors beside each in Dutch. */
export function ParticipantForm({ person, partnerOf, onDone, onCancel }: { person: Person | null; partnerOf?: Person; onDone(): void; onCancel(): void }) {
  const { t, lang } = useT();
  const profile = useProfileStore((s) => s.profile);
  const isConsultant = profile?.kind === 'consultant';
  const options = usePeopleStore((s) => s.options);
  const loadOptions = usePeopleStore((s) => s.loadOptions);
  const save = usePeopleStore((s) => s.save);
  const savePartner = usePeopleStore((s) => s.savePartner);
  const [draft, setDraft] = useState<Draft>(() => {
    const d = draftOf(person, isConsultant ? (profile?.id ?? null) : null);
    // A partner: the same gemeente, kind and consultant to start with.
    if (partnerOf)
      return {
        ...d,
        gemeenteId: partnerOf.gemeente.id,
        migrantKind: partnerOf.migrantKind,
        koppelingDate: partnerOf.koppelingDate ?? '',
        registrationDate: partnerOf.registrationDate ?? '',
        housingDate: partnerOf.housingDate ?? '',
        consultantId: partnerOf.consultant?.id ?? d.consultantId,
      };
    return d;
  });
  const put = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  useEffect(() => {
    void loadOptions();
  }, [loadOptions]);

  const languages = [...LANGUAGES].sort((a, b) => a[lang].localeCompare(b[lang], lang));
  const statushouder = draft.migrantKind === 'statushouder';

  return (
    <PeopleFormFrame
      testId="participant-form"
      title={
        person
          ? t('manage.editTitle', { name: person.name })
          : partnerOf
            ? t('people.newPartnerOf', { name: partnerOf.name })
            : isConsultant
              ? t('people.newClient')
              : t('people.newParticipant')
      }
      schema={ParticipantFormSchema}
      build={() => ({
        ...(person ? { id: person.id } : {}),
        givenName: draft.givenName,
        familyName: draft.familyName,
        gemeenteId: draft.gemeenteId,
        migrantKind: draft.migrantKind,
        koppelingDate: statushouder ? orNull(draft.koppelingDate) : null,
        registrationDate: statushouder ? null : orNull(draft.registrationDate),
        housingDate: orNull(draft.housingDate),
        language: draft.language,
        otherLanguages: draft.otherLanguages,
        digitalSkill: draft.digitalSkill,
        routeIndication: orNull(draft.routeIndication),
        busy: draft.busy,
        // A consultant's client stays theirs: the services take the caller.
        consultantId: isConsultant ? null : orNull(draft.consultantId),
      })}
      onStale={() => {
        const fresh = usePeopleStore.getState().detail?.person;
        if (person && fresh?.id === person.id) setDraft(draftOf(fresh, null));
      }}
      save={(form) => (partnerOf ? savePartner(form) : save(form))}
      onDone={onDone}
      onCancel={onCancel}
    >
      <Field name="givenName" label={t('people.field.givenName')}>
        {(a) => <input {...a} type="text" maxLength={60} value={draft.givenName} onChange={(e) => put({ givenName: e.target.value })} />}
      </Field>
      <Field name="familyName" label={t('people.field.familyName')}>
        {(a) => <input {...a} type="text" maxLength={80} value={draft.familyName} onChange={(e) => put({ familyName: e.target.value })} />}
      </Field>
      <Field name="gemeenteId" label={t('manage.field.gemeente')}>
        {(a) => (
          <select {...a} value={draft.gemeenteId} onChange={(e) => put({ gemeenteId: e.target.value })}>
            <option value="">{t('people.choose')}</option>
            {(options?.gemeenten ?? []).map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="migrantKind" label={t('people.field.migrantKind')}>
        {(a) => (
          <select {...a} value={draft.migrantKind} onChange={(e) => put({ migrantKind: e.target.value as MigrantKind })}>
            {MIGRANT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`people.migrant.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {statushouder ? (
        <Field name="koppelingDate" label={t('people.field.koppelingDate')}>
          {(a) => <input {...a} type="date" value={draft.koppelingDate} onChange={(e) => put({ koppelingDate: e.target.value })} />}
        </Field>
      ) : (
        <Field name="registrationDate" label={t('people.field.registrationDate')}>
          {(a) => <input {...a} type="date" value={draft.registrationDate} onChange={(e) => put({ registrationDate: e.target.value })} />}
        </Field>
      )}
      <Field name="housingDate" label={t('people.field.housingDate')}>
        {(a) => <input {...a} type="date" value={draft.housingDate} onChange={(e) => put({ housingDate: e.target.value })} />}
      </Field>
      <Field name="language" label={t('people.field.language')}>
        {(a) => (
          <select {...a} value={draft.language} onChange={(e) => put({ language: e.target.value, otherLanguages: draft.otherLanguages.filter((c) => c !== e.target.value) })}>
            <option value="">{t('people.choose')}</option>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l[lang]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="digitalSkill" label={t('people.field.digitalSkill')}>
        {(a) => (
          <select {...a} value={draft.digitalSkill} onChange={(e) => put({ digitalSkill: e.target.value as DigitalSkill })}>
            {DIGITAL_SKILLS.map((s) => (
              <option key={s} value={s}>
                {t(`digital.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="routeIndication" label={t('people.field.route')}>
        {(a) => (
          <select {...a} value={draft.routeIndication} onChange={(e) => put({ routeIndication: e.target.value })}>
            <option value="">{t('route.unknown')}</option>
            {ROUTES.map((r) => (
              <option key={r} value={r}>
                {t(`route.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {isConsultant ? (
        <p className="manage-field" data-testid="participant-form-consultant-self">
          <span className="field__label">{t('people.field.consultant')}</span>
          <span>{t('people.consultantSelf')}</span>
        </p>
      ) : (
        <Field name="consultantId" label={t('people.field.consultant')}>
          {(a) => (
            <select {...a} value={draft.consultantId} onChange={(e) => put({ consultantId: e.target.value })}>
              <option value="">{t('people.noConsultant')}</option>
              {(options?.consultants ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <LanguagePicker
        name="otherLanguages"
        testId="participant-form-otherLanguages"
        legend={t('people.field.otherLanguages')}
        exclude={draft.language ? [draft.language] : []}
        value={draft.otherLanguages}
        onChange={(otherLanguages) => put({ otherLanguages })}
      />
      <div className="manage-field--wide">
        <PatternEditor name="busy" legend={t('people.field.busy')} plain rows={draft.busy} onChange={(busy) => put({ busy })} />
      </div>
    </PeopleFormFrame>
  );
}
