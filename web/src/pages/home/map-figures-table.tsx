// The map's figures as text: every member state, largest first, members without a figure
// last and marked as such. Folded by default; it is what keyboard users navigate.
import { useTranslation } from 'react-i18next';
import type { MemberState } from '../../api/types';
import { MISSING_VALUE } from '../../i18n/format';
import { LocalLink } from '../../layout/local-link';

export function MapFiguresTable({
  members,
  values,
  formatValue,
  caption,
}: {
  members: readonly MemberState[];
  values: ReadonlyMap<string, number>;
  formatValue: (value: number) => string;
  caption: string;
}) {
  const { t } = useTranslation();
  const rows = [...members].sort((a, b) => {
    const av = values.get(a.iso3);
    const bv = values.get(b.iso3);
    if (av === undefined || bv === undefined) return av === undefined ? (bv === undefined ? 0 : 1) : -1;
    return bv - av;
  });
  return (
    <details className="figures-table">
      <summary>{t('home.map.showTable')}</summary>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.country')}</th>
            <th scope="col" className="numeric">
              {t('common.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((member) => {
            const value = values.get(member.iso3);
            return (
              <tr key={member.iso3}>
                <th scope="row">
                  <LocalLink to={`/countries/${member.iso3}`}>{member.name}</LocalLink>
                </th>
                <td className="numeric">{value === undefined ? MISSING_VALUE : formatValue(value)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
