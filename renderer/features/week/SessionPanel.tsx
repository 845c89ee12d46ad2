import { useEffect, useRef } from 'react';
import type { PlannedSession, SessionChange } from '../../../shared/api/contract';
import { usePersonName, useT } from '../../i18n';
import { formatDayLong } from '../../i18n/format';
import { useNavStore } from '../../stores/appStore';
import { useParticipantsStore } from '../participants/participantsStore';
import { CancelSession } from './CancelSession';
import { SessionEditor } from './SessionEditor';
import { kindLabel, languageLabel, statusLabel } from './sessionText';
import { useWeekEditStore } from './weekEditStore';

/** From a session to the person: the participants list, searched for that name. */
function openParticipant(name: string): void {
  void useParticipantsStore.getState().search(name);
  useNavStore.getState().setSection('participants');
}

interface Props {
  session: PlannedSession;
  onClose(): void;
  /** Saves an edit; without it the panel only shows the session. */
  onChange?(change: SessionChange): Promise<boolean>;
}

export function SessionPanel({ session: s, onClose, onChange }: Props) {
  const { t, lang } = useT();
  const personName = usePersonName();
  const saving = useWeekEditStore((x) => x.saving);
  const closeRef = useRef<HTMLButtonElement>(null);
  // Keyboard users return to the event they opened, not to the top of the page.
  const returnTo = useRef<Element | null>(document.activeElement);

  useEffect(() => {
    const target = returnTo.current;
    return () => {
      if (target instanceof HTMLElement && target.isConnected) target.focus();
    };
  }, []);

  useEffect(() => {
    closeRef.current?.focus();
  }, [s.id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const participants = [...s.participants].sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  return (
    <aside className={`panel panel--${s.kind}`} aria-labelledby="session-panel-title" data-testid="session-panel">
      <header className="panel__header">
        <div>
          <p className="panel__eyebrow">{t('session.details')}</p>
          <h3 id="session-panel-title" className="panel__title">
            {kindLabel(s, t)}
            {s.language ? ` · ${languageLabel(s, t, lang)}` : ''}
          </h3>
        </div>
        <button ref={closeRef} type="button" className="btn btn--ghost" data-testid="session-panel-close" onClick={onClose} aria-label={t('session.close')}>
          ✕ <span className="sr-only">{t('session.close')}</span>
        </button>
      </header>
      <dl className="panel__facts">
        <dt>{t('session.field.when')}</dt>
        <dd>
          <span className="panel__day">{formatDayLong(s.start.slice(0, 10), lang)}</span>
          <span className="panel__time">
            {s.start.slice(11, 16)}–{s.end.slice(11, 16)}
          </span>
        </dd>
        <dt>{t('session.field.status')}</dt>
        <dd>
          <span className={`badge badge--${s.status}`}>{statusLabel(s, t)}</span>
          {s.pinned && (
            <span className="badge badge--pinned" data-testid="session-pinned">
              {t('session.pinned')}
            </span>
          )}
        </dd>
        {/* A toets has no language of its own; saying "none" there would only puzzle. */}
        {(s.kind === 'groupInfo' || s.language) && (
          <>
            <dt>{t('session.field.language')}</dt>
            <dd>{languageLabel(s, t, lang)}</dd>
          </>
        )}
        <dt>{t('session.field.room')}</dt>
        <dd>{s.room.name}</dd>
        <dt>{t('session.field.location')}</dt>
        <dd>
          {s.room.locationName}, {s.room.gemeente}
        </dd>
        <dt>{t('session.field.interpreter')}</dt>
        <dd>
          {s.interpreter
            ? s.interpreter.name
            : s.kind === 'groupInfo' && s.language && s.language !== 'nl'
              ? t('session.noInterpreter.speaks', { language: languageLabel(s, t, lang) })
              : t('session.noInterpreter')}
        </dd>
        <dt>{t('session.field.consultant')}</dt>
        <dd>{s.consultant.name}</dd>
      </dl>
      <h4 className="panel__subtitle">{t('session.field.participants', { count: s.participantCount })}</h4>
      {participants.length === 0 ? (
        <p className="muted">{t('session.noParticipants')}</p>
      ) : (
        <ol className="panel__people" data-testid="session-participants">
          {participants.map((p) => (
            <li key={p.id}>
              {onChange && (
                <button
                  type="button"
                  className="btn btn--ghost btn--small panel__remove"
                  data-testid="session-remove"
                  data-participant-id={p.id}
                  disabled={saving}
                  title={t('week.edit.remove', { name: p.name })}
                  aria-label={t('week.edit.remove', { name: p.name })}
                  onClick={() => void onChange({ sessionId: s.id, removeParticipantIds: [p.id] })}
                >
                  ✕
                </button>
              )}
              <button type="button" className="link" title={t('session.findParticipant', { name: p.name })} onClick={() => openParticipant(p.name)}>
                {personName(p)}
              </button>
            </li>
          ))}
        </ol>
      )}
      {onChange && <SessionEditor session={s} onChange={onChange} />}
      {onChange && <CancelSession session={s} onCancelled={onClose} />}
    </aside>
  );
}
