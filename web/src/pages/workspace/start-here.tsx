// "Start here" (issue 17): the four ways in for a new correspondent — the training course, the
// round's template, typing in the grid, and checking a file in practice mode — on one panel.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';

export function StartHere({ table, country }: { table: string | undefined; country: string | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section aria-labelledby="start-here-title" className="card start-here" data-testid="start-here">
      <h2 id="start-here-title">{t('loop.start.title')}</h2>
      <ol>
        <li>
          <LocalLink to="/knowledge/training">{t('loop.start.course')}</LocalLink> —{' '}
          <span className="hint">{t('loop.start.courseHint')}</span>
        </li>
        {table && country ? (
          <>
            <li>
              <a href={`/api/templates/${table}?country=${country}&lang=${lang}`} download>
                {t('loop.start.template')}
              </a>{' '}
              — <span className="hint">{t('loop.start.templateHint')}</span>
            </li>
            <li>
              <LocalLink to={`/workspace/entry/${table}/${country}`}>{t('loop.start.grid')}</LocalLink> —{' '}
              <span className="hint">{t('loop.start.gridHint')}</span>
            </li>
          </>
        ) : null}
        <li>
          <a href="#upload-title">{t('loop.start.practice')}</a> —{' '}
          <span className="hint">{t('loop.start.practiceHint')}</span>
        </li>
      </ol>
    </section>
  );
}
