// The framework, browsable: the tables and their dimensions, the code lists, the validation
// rules and the indicators, straight from /api/framework (the same data the system checks
// submissions against). The section and the item shown are in the address.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';
import { CodelistsSection } from './codelists-section';
import { IndicatorsSection } from './indicators-section';
import { RulesSection } from './rules-section';
import { TablesSection } from './tables-section';

const SECTIONS = ['tables', 'codelists', 'rules', 'indicators'] as const;
type Section = (typeof SECTIONS)[number];

export default function MethodologyPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const requested = params.get('section');
  const section: Section = SECTIONS.includes(requested as Section) ? (requested as Section) : 'tables';
  usePageTitle(t('methodology.title'));
  return (
    <div className="page methodology">
      <h1>{t('methodology.title')}</h1>
      <p className="hint">{t('methodology.intro')}</p>
      <nav aria-label={t('methodology.sections')} className="subnav">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <LocalLink to={`/methodology?section=${s}`} aria-current={section === s ? 'page' : undefined}>
                {t(`methodology.section.${s}`)}
              </LocalLink>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'tables' ? <TablesSection selected={params.get('table')} /> : null}
      {section === 'codelists' ? <CodelistsSection selected={params.get('codelist')} /> : null}
      {section === 'rules' ? <RulesSection /> : null}
      {section === 'indicators' ? <IndicatorsSection /> : null}
    </div>
  );
}
