// Links to the Atom feeds of releases, in the reader's language: all releases, and a country's.
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang';

export function FeedLinks({ country, countryName }: { country?: string; countryName?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <p className="feed-links" data-testid="feed-links">
      {t('travel.feeds.title')}:{' '}
      <a href={`/feeds/releases.atom?lang=${lang}`} type="application/atom+xml">
        {t('travel.feeds.all')}
      </a>
      {country ? (
        <>
          {' · '}
          <a href={`/feeds/releases.atom?lang=${lang}&country=${country}`} type="application/atom+xml">
            {t('travel.feeds.country', { country: countryName ?? country })}
          </a>
        </>
      ) : null}
    </p>
  );
}
