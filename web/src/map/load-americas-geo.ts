// The Americas as GeoJSON for ECharts, from world-atlas countries-50m (110m lacks seven
// Caribbean members). Converted in the browser with topojson-client, on first use only, and
// cut to the Western Hemisphere: a feature keeps the polygons whose centre lies in the
// Americas (so France contributes French Guiana, the United States loses Hawaii's scale
// problem by keeping it out). Member states are named by ISO3 so data join on their code;
// other land is context, drawn grey and silent.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
// The atlas ships as a hashed static file, fetched and parsed only when a map is drawn.
import atlasUrl from 'world-atlas/countries-50m.json?url';

export interface AmericasGeo {
  geoJson: FeatureCollection<MultiPolygon, { name: string; member: boolean }>;
  /** Centre of each member's largest polygon, for markers on states too small to see. */
  centres: Map<string, [number, number]>;
}

export const CONTEXT_PREFIX = 'ctx:';

function isInAmericas([lon, lat]: [number, number]): boolean {
  if (lon < -169 || lon > -30 || lat < -57 || lat > 84) return false;
  return !(lon < -150 && lat < 30); // Hawaii: part of a member, but not of this map
}

function ringBox(ring: Position[]): { centre: [number, number]; area: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x = 0, y = 0] of ring) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return { centre: [(minX + maxX) / 2, (minY + maxY) / 2], area: (maxX - minX) * (maxY - minY) };
}

function polygonsOf(feature: Feature): Position[][][] {
  const geometry = feature.geometry;
  if (geometry?.type === 'Polygon') return [(geometry as Polygon).coordinates];
  if (geometry?.type === 'MultiPolygon') return (geometry as MultiPolygon).coordinates;
  return [];
}

let loading: Promise<AmericasGeo> | undefined;

/** `memberByM49` maps the atlas' numeric ids to member ISO3 codes. */
export function loadAmericasGeo(memberByM49: ReadonlyMap<string, string>): Promise<AmericasGeo> {
  loading ??= Promise.all([import('topojson-client'), fetchAtlas()]).then(([topojson, atlas]) => {
    const countries = atlas.objects.countries;
    if (!countries) throw new Error('world atlas without countries');
    const collection = topojson.feature(atlas, countries) as FeatureCollection;
    return buildAmericas(collection, memberByM49);
  });
  loading.catch(() => {
    loading = undefined; // let a later visit try again
  });
  return loading;
}

async function fetchAtlas(): Promise<Topology> {
  const response = await fetch(atlasUrl);
  if (!response.ok) throw new Error(`world atlas: HTTP ${response.status}`);
  return (await response.json()) as Topology;
}

function buildAmericas(collection: FeatureCollection, memberByM49: ReadonlyMap<string, string>): AmericasGeo {
  const features: AmericasGeo['geoJson']['features'] = [];
  const centres = new Map<string, [number, number]>();
  for (const feature of collection.features) {
    const kept = polygonsOf(feature).filter((polygon) => {
      const outer = polygon[0];
      return outer ? isInAmericas(ringBox(outer).centre) : false;
    });
    if (kept.length === 0) continue;
    const iso3 = memberByM49.get(String(feature.id ?? ''));
    const atlasName = String((feature.properties as { name?: string } | null)?.name ?? feature.id ?? '');
    const name = iso3 ?? `${CONTEXT_PREFIX}${atlasName}`;
    features.push({
      type: 'Feature',
      properties: { name, member: Boolean(iso3) },
      geometry: { type: 'MultiPolygon', coordinates: kept },
    });
    if (iso3) {
      const largest = kept.map((polygon) => ringBox(polygon[0] ?? [])).sort((a, b) => b.area - a.area)[0];
      if (largest) centres.set(iso3, largest.centre);
    }
  }
  return { geoJson: { type: 'FeatureCollection', features }, centres };
}
