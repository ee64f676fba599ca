// Internal links that keep the reader's language in the address, so any link copied from the
// page opens in the same language.
import type { ComponentProps } from 'react';
import { Link, NavLink } from 'react-router-dom';
import type { Lang } from '../i18n/languages';
import { useLang } from '../i18n/use-lang';

export function localizePath(path: string, lang: Lang): string {
  const [pathAndQuery = '', hash] = path.split('#');
  const [pathname = '', query = ''] = pathAndQuery.split('?');
  const params = new URLSearchParams(query);
  params.set('lang', lang);
  return `${pathname}?${params.toString()}${hash === undefined ? '' : `#${hash}`}`;
}

export function LocalLink({ to, ...props }: Omit<ComponentProps<typeof Link>, 'to'> & { to: string }) {
  const lang = useLang();
  return <Link to={localizePath(to, lang)} {...props} />;
}

export function LocalNavLink({ to, ...props }: Omit<ComponentProps<typeof NavLink>, 'to'> & { to: string }) {
  const lang = useLang();
  return <NavLink to={localizePath(to, lang)} {...props} />;
}
