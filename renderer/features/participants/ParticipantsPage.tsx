import { useEffect, useRef, useState } from 'react';
import type { ParticipantListItem } from '../../../shared/api/contract';
import { useT } from '../../i18n';
import { formatDate, langName } from '../../i18n/format';
import type { Lang, Translate } from '../../i18n/translate';
import { ClientPage } from '../people/ClientPage';
import { ParticipantForm } from '../people/ParticipantForm';
import { usePeopleStore } from '../people/peopleStore';
import { Highlight } from './Highlight';
import { pipStatus } from './pip';
import { useParticipantsStore } from './participantsStore';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel instant. */
export const SEARCH_DEBOUNCE_MS = 200;

function countLabel(total: number, t: Translate): string {
  if (total === 0) return t('participants.count.zero');
  if (total === 1) return t('participants.count.one');
  return t('participants.count', { count: total });
}

function PipCell({ term, lang, t }: { term: ParticipantListItem['pip']; lang: Lang; t: Translate }) {
  if (!term.deadline) return <span className="muted nowrap">{t('pip.unknown')}</span>;
  const date = formatDate(term.deadline, lang, 'd MMM yyyy');
  const st = pipStatus(term, lang);
  return (
    <span className={st.urgent ? 'pip pip--urgent' : 'pip'} title={st.urgent ? t('pip.urgent') : undefined} data-testid="participant-pip" data-state={term.state}>
      <span className="pip__date">{date}</span>
      <span className="pip__days">
        {st.urgent && <span className="sr-only">{t('pip.urgent')}: </span>}
        {t(st.label.key, st.label.params)}
      </span>
    </span>
  );
}

function Row({ p, q, lang, t }: { p: ParticipantListItem; q: string; lang: Lang; t: Translate }) {
  return (
    <tr data-testid="participant-row" data-participant-id={p.id}>
      <th scope="row" className="cell-name">
        <button type="button" className="link-button" data-testid="participant-open" onClick={() => void usePeopleStore.getState().open(p.id)}>
          <Highlight text={p.name} query={q} />
        </button>
      </th>
      <td>
        <span data-testid="participant-language">
          <Highlight text={langName(p.language, lang)} query={q} />
        </span>
        {p.otherLanguages.length > 0 && (
          <span className="cell-sub">{t('participants.otherLanguages', { languages: p.otherLanguages.map((c) => langName(c, lang)).join(', ') })}</span>
        )}
      </td>
      <td>
        <Highlight text={p.gemeente} query={q} />
      </td>
      <td>
        <span className={`skill skill--${p.digitalSkill}`}>{t(`digital.${p.digitalSkill}`)}</span>
      </td>
      <td>{p.routeIndication ? t(`route.${p.routeIndication}`) : <span className="muted">{t('route.unknown')}</span>}</td>
      <td>
        <PipCell term={p.pip} lang={lang} t={t} />
      </td>
      <td>
        {p.openDemands.length === 0 ? (
          <span className="muted">{t('participants.noSteps')}</span>
        ) : (
          <ul className="chips">
            {p.openDemands.map((d) => (
              <li key={d} className={`chip chip--${d}`}>
                {t(`demand.${d}`)}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

export function ParticipantsPage() {
  const { t, lang } = useT();
  const { query, items, total, loading, loadingMore, loaded, search, loadMore } = useParticipantsStore();
  const [text, setText] = useState(query);
  const first = useRef(true);
  const openId = usePeopleStore((s) => s.openId);
  const creating = usePeopleStore((s) => s.creating);

  useEffect(() => {
    // The first render searches at once (or keeps what we had); typing waits for a pause.
    if (first.current) {
      first.current = false;
      if (!loaded || text !== query) void search(text);
      return;
    }
    const timer = window.setTimeout(() => void search(text), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
    // Only typing starts a search: `query` and `loaded` change because of the search itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  if (openId) return <ClientPage backLabel={t('participants.title')} />;
  return (
    <section className="participants-page" aria-labelledby="participants-title">
      <div className="participants-head">
        <h2 id="participants-title" className="page-title">
          {t('participants.title')}
        </h2>
        <div className="search">
          <label htmlFor="participant-search" className="sr-only">
            {t('participants.search.label')}
          </label>
          <svg className="search__icon" aria-hidden="true" viewBox="0 0 20 20" width="16" height="16">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <line x1="12.6" y1="12.6" x2="17" y2="17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <input
            id="participant-search"
            data-testid="participant-search"
            type="search"
            className="search__input"
            placeholder={t('participants.search.placeholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          {loading && <span className="spinner search__spinner" aria-hidden="true" />}
        </div>
        <p className="participants-count" role="status" data-testid="participant-count">
          {loaded ? countLabel(total, t) : t('participants.loading')}
          {loaded && total > items.length && items.length > 0 && <span className="muted"> · {t('participants.shown', { shown: items.length, total })}</span>}
        </p>
        <button type="button" className="btn btn--primary" disabled={creating} onClick={() => usePeopleStore.getState().startNew()} data-testid="participant-new">
          {t('people.newParticipant')}
        </button>
      </div>

      {creating && <ParticipantForm person={null} onDone={() => undefined} onCancel={() => usePeopleStore.getState().cancelNew()} />}
      <div
        className={loading ? 'table-wrap table-wrap--loading' : 'table-wrap'}
        tabIndex={0}
        role="region"
        aria-label={t('participants.table')}
        data-testid="participant-results"
        data-results-for={loaded && !loading ? query : undefined}
      >
        <table className="table" aria-label={t('participants.table')}>
          <thead>
            <tr>
              <th scope="col">{t('participants.col.name')}</th>
              <th scope="col">{t('participants.col.language')}</th>
              <th scope="col">{t('participants.col.gemeente')}</th>
              <th scope="col">{t('participants.col.digital')}</th>
              <th scope="col">{t('participants.col.route')}</th>
              <th scope="col">{t('participants.col.pip')}</th>
              <th scope="col">{t('participants.col.next')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <Row key={p.id} p={p} q={query} lang={lang} t={t} />
            ))}
          </tbody>
        </table>
        {loaded && items.length === 0 && (
          <p className="state state--empty" data-testid="participants-empty">
            {query.trim() ? t('participants.empty', { query: query.trim() }) : t('participants.emptyAll')}
          </p>
        )}
      </div>

      {loaded && items.length < total && (
        <div className="load-more">
          <button type="button" className="btn" onClick={() => void loadMore()} disabled={loadingMore} data-testid="participants-more">
            {loadingMore && <span className="spinner" aria-hidden="true" />} {t('participants.more')}
          </button>
          <span className="muted">{t('participants.shown', { shown: items.length, total })}</span>
        </div>
      )}
    </section>
  );
}
