// The editable part of the session panel: date and times (SessionMoveForm), room, consultant and
// interpreter (SessionResourceForm: staged, saved with its button), pin and participants.
// Every choice shows beforehand whether it would add a conflict, by the renderer's own check.
import { useMemo, useState } from 'react';
import type { PlannedSession, SessionChange } from '../../../shared/api/contract';
import { useMsg, useT } from '../../i18n';
import { langName } from '../../i18n/format';
import { PinIcon } from './PinIcon';
import { SessionMoveForm } from './SessionMoveForm';
import { candidatesFor, openCandidates, optionConflicts, previewChange } from './preview';
import { SessionResourceForm } from './SessionResourceForm';
import { useWeekEditStore } from './weekEditStore';

interface Props {
  session: PlannedSession;
  onChange(change: SessionChange): Promise<boolean>;
}

const MAX_CANDIDATES = 8;

export function SessionEditor({ session: s, onChange }: Props) {
  const { t, lang } = useT();
  const m = useMsg();
  const planning = useWeekEditStore((x) => x.planning);
  const baseline = useWeekEditStore((x) => x.baseline);
  const resources = useWeekEditStore((x) => x.resources);
  const saving = useWeekEditStore((x) => x.saving);
  const pin = useWeekEditStore((x) => x.pin);
  const [query, setQuery] = useState('');
  const planSession = planning?.plan.sessions.find((x) => x.id === s.id) ?? null;

  const options = useMemo(() => {
    if (!planning || !resources || !planSession) return null;
    const c = candidatesFor(planSession, resources);
    const flag = (field: 'roomId' | 'consultantId' | 'interpreterId', list: { id: string | null; name: string }[]) =>
      optionConflicts(planning.instance, planning.plan, baseline, s.id, field, list);
    return {
      rooms: flag(
        'roomId',
        c.rooms.map((r) => ({ id: r.id, name: `${r.name} · ${resources.rooms.find((x) => x.id === r.id)?.locationName ?? ''}` })),
      ),
      consultants: flag('consultantId', c.consultants),
      interpreters: s.kind === 'groupInfo' ? flag('interpreterId', [{ id: null, name: t('week.edit.noInterpreter') }, ...c.interpreters]) : [],
    };
  }, [planning, resources, planSession, baseline, s.id, s.kind, t]);

  const candidates = useMemo(() => {
    if (!planning || !planSession) return [];
    const q = query.trim().toLocaleLowerCase('nl');
    const all = openCandidates(planning.instance, planning.plan, planSession).filter((c) => !q || c.name.toLocaleLowerCase('nl').includes(q));
    return all.slice(0, MAX_CANDIDATES).map((c) => ({
      ...c,
      introduced: previewChange(planning.instance, planning.plan, baseline, { sessionId: s.id, addParticipantIds: [c.participantId] }).introduced,
    }));
  }, [planning, planSession, query, baseline, s.id]);

  const pinButton = (
    <button
      type="button"
      className={s.pinned ? 'btn btn--pinned' : 'btn'}
      data-testid="session-pin"
      aria-pressed={s.pinned}
      title={t('week.edit.pin.hint')}
      onClick={() => void pin(s.id, !s.pinned)}
    >
      <PinIcon className="btn__icon" />
      {t(s.pinned ? 'week.edit.unpin' : 'week.edit.pin')}
    </button>
  );

  if (!planning || !options) {
    return (
      <section className="panel__edit">
        <h4 className="panel__subtitle">{t('week.edit.heading')}</h4>
        {pinButton}
        <p className="muted">{t('week.edit.loading')}</p>
      </section>
    );
  }

  const send = (change: Omit<SessionChange, 'sessionId'>) => void onChange({ sessionId: s.id, ...change });

  return (
    <section className="panel__edit" aria-busy={saving}>
      <div className="panel__edit-head">
        <h4 className="panel__subtitle">{t('week.edit.heading')}</h4>
        {pinButton}
      </div>
      <SessionMoveForm key={s.id} session={s} onChange={onChange} />
      <SessionResourceForm key={s.id} session={s} options={options} onChange={onChange} />
      <div className="edit-add">
        <label className="edit-field">
          <span className="edit-field__label">{t('week.edit.add')}</span>
          <input
            type="search"
            className="edit-field__input"
            data-testid="session-add-search"
            placeholder={t('week.edit.add.placeholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        {candidates.length === 0 ? (
          <p className="muted edit-add__none">{t('week.edit.add.none')}</p>
        ) : (
          <ul className="edit-add__list" data-testid="session-add-candidates">
            {candidates.map((c) => (
              <li key={c.participantId} className={c.introduced.length > 0 ? 'edit-add__item edit-add__item--conflict' : 'edit-add__item'}>
                <span className="edit-add__name" title={c.introduced.map((v) => m(v.msg, v.message)).join('\n') || undefined}>
                  {c.introduced.length > 0 ? '⚠ ' : ''}
                  {c.name}
                  {!c.speaksLanguage && s.language && <span className="muted"> · {t('week.edit.add.otherLanguage', { language: langName(s.language, lang) })}</span>}
                </span>
                <button
                  type="button"
                  className="btn btn--small"
                  data-testid="session-add"
                  data-participant-id={c.participantId}
                  disabled={saving}
                  onClick={() => send({ addParticipantIds: [c.participantId] })}
                >
                  {t('week.edit.add.button')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
