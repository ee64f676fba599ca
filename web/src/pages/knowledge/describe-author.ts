import type { TFunction } from 'i18next';

export interface PostAuthor {
  name: string | null;
  role: string;
  countries: string[];
}

/** "National correspondent (CHL)", "OAS reviewer" — discussions never show email addresses. */
export function describeAuthor(author: PostAuthor, t: TFunction): string {
  const role = t(`work.roles.${author.role}`, { defaultValue: author.role });
  const countries = author.countries.length > 0 ? ` (${author.countries.join(', ')})` : '';
  const capitalised = role.charAt(0).toUpperCase() + role.slice(1);
  return `${capitalised}${countries}`;
}
