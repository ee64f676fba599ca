import type { ReactNode } from 'react';
import { LocalLink } from '../../layout/local-link';

export function HeadlineCard({
  label,
  value,
  detail,
  link,
  linkText,
  testId,
}: {
  label: string;
  value: ReactNode;
  detail: ReactNode;
  link?: string;
  linkText?: string;
  testId?: string;
}) {
  return (
    <article className="headline-card" data-testid={testId}>
      <h3 className="headline-card__label">{label}</h3>
      <p className="headline-card__value">{value}</p>
      <p className="headline-card__detail">{detail}</p>
      {link && linkText ? (
        <LocalLink className="headline-card__link" to={link}>
          {linkText}
        </LocalLink>
      ) : null}
    </article>
  );
}
