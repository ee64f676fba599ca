// The latest publications: which table, when, from which source, with a link to the data as
// published in that release.
import { useTranslation } from 'react-i18next';
import { describeSource } from '../../api/describe-source';
import type { ReleaseEntry, TableSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';

export function releaseTableId(release: ReleaseEntry): string {
  if (typeof release.table === 'string') return release.table;
  return release.table?.id ?? release.tableId ?? '';
}

export function LatestReleases() {
  const { t } = useTranslation();
  const lang = useLang();
  const releases = useApi<{ releases: ReleaseEntry[] }>(`/api/releases?limit=8&lang=${lang}`);
  const tables = useApi<{ tables: TableSummary[] }>(`/api/framework/tables?lang=${lang}`);
  const tableNames = new Map(tables.state === 'ok' ? tables.data.tables.map((x) => [x.id, x.name]) : []);

  return (
    <section aria-labelledby="latest-releases-title" className="latest-releases">
      <h2 id="latest-releases-title">{t('home.releases.title')}</h2>
      <ApiView result={releases}>
        {({ releases: list }) =>
          list.length === 0 ? (
            <p>{t('home.releases.none')}</p>
          ) : (
            <ul className="release-list" data-testid="release-list">
              {list.map((release) => {
                const tableId = releaseTableId(release);
                const source = describeSource(release.source);
                return (
                  <li key={String(release.id)}>
                    <LocalLink
                      to={`/explore?table=${tableId}&release=${release.id}`}
                      className="release-list__table"
                    >
                      {tableNames.get(tableId) ?? release.tableName ?? tableId}
                    </LocalLink>
                    <span className="release-list__meta">
                      {t('home.releases.published', { date: formatDate(release.publishedAt, lang) })} ·{' '}
                      {t('home.releases.id', { id: release.id })}
                    </span>
                    {source ? <span className="release-list__source">{source.text}</span> : null}
                  </li>
                );
              })}
            </ul>
          )
        }
      </ApiView>
    </section>
  );
}
