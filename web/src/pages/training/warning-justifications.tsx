// A text field per warning of the last check, to justify it as one would for the public; the
// next check sends the justifications with the attempt.
import { useTranslation } from 'react-i18next';
import { type RuleBook, renderIssueMessage } from '../work/issue-messages';
import type { AttemptWarning } from './training-types';

export function WarningJustifications({
  warnings,
  rules,
  values,
  onChange,
}: {
  warnings: readonly AttemptWarning[];
  rules: RuleBook;
  values: Readonly<Record<number, string>>;
  onChange: (row: number, text: string) => void;
}) {
  const { t } = useTranslation();
  const located = warnings.filter((w): w is AttemptWarning & { row: number } => typeof w.row === 'number');
  if (located.length === 0) return null;
  return (
    <fieldset className="exercise-justifications" data-testid="exercise-justifications">
      <legend>{t('training.justifyTitle')}</legend>
      <p className="hint">{t('training.justifyHint')}</p>
      {located.map((warning) => {
        const id = `justification-row-${warning.row}`;
        return (
          <div className="field" key={warning.row}>
            <label htmlFor={id}>{t('training.justificationFor', { row: warning.row })}</label>
            <p className="hint" id={`${id}-issue`}>
              {renderIssueMessage(warning, rules)}
            </p>
            <textarea
              id={id}
              rows={2}
              aria-describedby={`${id}-issue`}
              value={values[warning.row] ?? warning.justification ?? ''}
              onChange={(event) => onChange(warning.row, event.target.value)}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
