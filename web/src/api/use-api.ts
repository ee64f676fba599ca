// Loads one API resource for a component and follows the URL it depends on. Responses of the
// framework (constant) and of public data (cacheable) are kept for a minute, so moving between
// pages and switching back does not refetch them; signed-in views pass `cache: false` and a
// `version` that they bump after a change, to read their data fresh.
import { useEffect, useState } from 'react';
import { type ApiResult, fetchJson } from './fetch-json';

export type Loadable<T> = { state: 'loading' } | ApiResult<T>;

export interface UseApiOptions {
  cache?: boolean;
  /** Changing it reloads the resource. */
  version?: number;
}

const CACHE_MS = 60_000;
const cache = new Map<string, { at: number; result: ApiResult<unknown> }>();

export function clearApiCache(): void {
  cache.clear();
}

export function useApi<T>(path: string | null, options: UseApiOptions = {}): Loadable<T> {
  const useCache = options.cache !== false;
  const version = options.version ?? 0;
  // Results are kept per path: a new `version` of the same path shows the previous result
  // until the fresh one arrives, so a list does not flash "loading" after each action.
  const [loaded, setLoaded] = useState<{ path: string | null; result: Loadable<T> }>(() => ({
    path,
    result: (useCache ? readCache<T>(path) : undefined) ?? { state: 'loading' },
  }));

  // `version` is not read inside: changing it is what asks for a fresh copy.
  // biome-ignore lint/correctness/useExhaustiveDependencies: version triggers the reload
  useEffect(() => {
    if (path === null) return;
    const cached = useCache ? readCache<T>(path) : undefined;
    if (cached) {
      setLoaded({ path, result: cached });
      return;
    }
    setLoaded((previous) => (previous.path === path ? previous : { path, result: { state: 'loading' } }));
    const controller = new AbortController();
    fetchJson<T>(path, { signal: controller.signal })
      .then((result) => {
        if (useCache && result.state !== 'error') cache.set(path, { at: Date.now(), result });
        setLoaded({ path, result });
      })
      .catch(() => {
        /* aborted: a newer request replaced this one */
      });
    return () => controller.abort();
  }, [path, version, useCache]);

  if (path === null) return { state: 'loading' };
  if (loaded.path === path) return loaded.result;
  return (useCache ? readCache<T>(path) : undefined) ?? { state: 'loading' };
}

function readCache<T>(path: string | null): ApiResult<T> | undefined {
  if (path === null) return undefined;
  const hit = cache.get(path);
  if (!hit || Date.now() - hit.at > CACHE_MS) return undefined;
  return hit.result as ApiResult<T>;
}
