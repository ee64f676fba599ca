import { useEffect } from 'react';

/** Sets the document title as "Page · SICREMI"; screen readers announce it on navigation. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · SICREMI` : 'SICREMI';
  }, [title]);
}
