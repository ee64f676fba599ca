// The notes of an annotated chart: each marker's number, year and title, the full text on hover
// and on keyboard focus (a disclosure), and where the text is not in the reader's language, says so.
import { useTranslation } from 'react-i18next';
import type { PlacedAnnotation } from './chart-annotations';

export function ChartAnnotationList({
  placed,
  testId,
}: {
  placed: readonly PlacedAnnotation[];
  testId?: string;
}) {
  const { t } = useTranslation();
  if (placed.length === 0) return null;
  return (
    <div className="chart-annotations" data-testid={testId ?? 'chart-annotations'}>
      <p className="hint">{t('policy.chartMarkers')}</p>
      <ul>
        {placed.map((a) => (
          <li
            key={a.id}
            data-testid="chart-annotation"
            data-year={a.year}
            data-on-chart={a.onChart ? 'true' : 'false'}
          >
            <details>
              <summary className="chart-annotations__summary" title={a.text}>
                <span className="chart-annotations__marker" aria-hidden="true">
                  ▲{a.number}
                </span>{' '}
                <strong>{a.year}</strong> {a.title}
                {a.onChart ? null : <span className="hint"> ({t('policy.offAxis')})</span>}
              </summary>
              <p>{a.text}</p>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
