import { useMemo, useState, type ReactNode } from 'react';
import { useT } from '../../i18n';

export interface Column<T> {
  key: string;
  label: string;
  /** What the column sorts on; without it the header does not sort. */
  sort?: (row: T) => string | number;
  render(row: T): ReactNode;
}

interface Props<T extends { id: string }> {
  testId: string;
  title: string;
  items: T[];
  columns: Column<T>[];
  /** The text a search matches against (names, places...). */
  searchText(row: T): string;
  /** "12 zalen". */
  countLabel(n: number): string;
  addLabel: string;
  onAdd(): void;
  onEdit(row: T): void;
  onRemove(row: T): void;
  /** The accessible name of a row's buttons ("Zaal 1"). */
  rowName(row: T): string;
  loading?: boolean;
}

type Sort = { key: string; dir: 'ascending' | 'descending' };

/** A list with a search box, sortable column headers (aria-sort) and a count; every row can be edited and removed. */
export function ManageList<T extends { id: string }>({ testId, title, items, columns, searchText, countLabel, addLabel, onAdd, onEdit, onRemove, rowName, loading }: Props<T>) {
  const { t, lang } = useT();
  const [query, setQuery] = useState('');
  const firstSortable = columns.find((c) => c.sort)?.key ?? '';
  const [sort, setSort] = useState<Sort>({ key: firstSortable, dir: 'ascending' });

  const rows = useMemo(() => {
    const q = query.trim().toLocaleLowerCase(lang);
    const found = q ? items.filter((r) => searchText(r).toLocaleLowerCase(lang).includes(q)) : items;
    const col = columns.find((c) => c.key === sort.key);
    if (!col?.sort) return found;
    const by = col.sort;
    const sign = sort.dir === 'ascending' ? 1 : -1;
    return [...found].sort((a, b) => {
      const x = by(a);
      const y = by(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang, { numeric: true });
      return sign * c;
    });
  }, [items, query, sort, columns, searchText, lang]);

  const toggle = (key: string) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: 'ascending' }));

  return (
    <section className="manage-list" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <div className="manage-list__head">
        <h3 id={`${testId}-title`} className="manage-list__title">
          {title}
        </h3>
        <p className="manage-list__count" data-testid={`${testId}-count`} role="status">
          {query.trim() ? t('manage.countFound', { found: rows.length, all: countLabel(items.length) }) : countLabel(items.length)}
        </p>
        <label className="manage-list__search">
          <span className="sr-only">{t('manage.search')}</span>
          <input type="search" placeholder={t('manage.search')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid={`${testId}-search`} />
        </label>
        <button type="button" className="btn btn--primary" onClick={onAdd} data-testid={`${testId}-add`}>
          {addLabel}
        </button>
      </div>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={title}>
        <table className="table manage-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" aria-sort={c.sort ? (sort.key === c.key ? sort.dir : 'none') : undefined}>
                  {c.sort ? (
                    <button type="button" className="manage-table__sort" onClick={() => toggle(c.key)} data-testid={`${testId}-sort-${c.key}`}>
                      {c.label}
                      <span aria-hidden="true" className="manage-table__arrow">
                        {sort.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">{t('manage.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid={`${testId}-row`}>
                {columns.map((c) => (
                  <td key={c.key}>{c.render(row)}</td>
                ))}
                <td className="manage-table__actions">
                  <button
                    type="button"
                    className="btn btn--ghost"
                    onClick={() => onEdit(row)}
                    aria-label={t('manage.editOf', { name: rowName(row) })}
                    data-testid={`${testId}-edit`}
                  >
                    {t('manage.edit')}
                  </button>
                  <button
                    type="button"
                    className="btn btn--ghost"
                    onClick={() => onRemove(row)}
                    aria-label={t('manage.removeOf', { name: rowName(row) })}
                    data-testid={`${testId}-remove`}
                  >
                    {t('manage.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && !loading && <p className="state state--empty">{query.trim() ? t('manage.noneFound') : t('manage.empty')}</p>}
      </div>
    </section>
  );
}
