// The validation rules every submission goes through (FRAMEWORK §6): errors block a
// submission, warnings that need a justification must be explained, information is for the
// reviewer. The message shown is the one correspondents see, with its {placeholders}.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleEntry } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';

const SEVERITIES = ['all', 'error', 'warning', 'info'] as const;

export function RulesSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const [severity, setSeverity] = useState<(typeof SEVERITIES)[number]>('all');
  const rules = useApi<{ rules: RuleEntry[] }>(`/api/framework/rules?lang=${lang}`);
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{t('methodology.rules.title')}</h2>
      <p className="hint">{t('methodology.rules.intro')}</p>
      <div className="field field--inline">
        <label htmlFor="rule-severity">{t('methodology.rules.severity')}</label>
        <select
          id="rule-severity"
          value={severity}
          onChange={(event) => setSeverity(event.target.value as typeof severity)}
        >
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`methodology.rules.severities.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <ApiView result={rules}>
        {({ rules: list }) => (
          <div className="table-scroll">
            <table className="data-table" data-testid="rules-table">
              <thead>
                <tr>
                  <th scope="col">{t('common.code')}</th>
                  <th scope="col">{t('methodology.rules.severity')}</th>
                  <th scope="col">{t('methodology.rules.section')}</th>
                  <th scope="col">{t('common.description')}</th>
                </tr>
              </thead>
              <tbody>
                {list
                  .filter((rule) => severity === 'all' || rule.severity === severity)
                  .map((rule) => (
                    <tr key={rule.code}>
                      <td className="code-id">{rule.code}</td>
                      <td>
                        <span className={`severity severity--${rule.severity}`}>
                          {t(`methodology.rules.severities.${rule.severity}`)}
                        </span>
                        {rule.needsJustification ? (
                          <span className="badge">{t('methodology.rules.justify')}</span>
                        ) : null}
                      </td>
                      <td>§{rule.section}</td>
                      <td>
                        {rule.description}
                        <details>
                          <summary>{t('methodology.rules.message')}</summary>
                          <p className="rule-message">{rule.message}</p>
                        </details>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </ApiView>
    </section>
  );
}
