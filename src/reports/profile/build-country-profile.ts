// A country's key figures as the portal's country page shows them — foreign-born stock, its
// share of the population, permanent-type inflows and new asylum applications — computed by the
// same figure engine as the country notes, so the page and the note tell the same changes. Each
// series gives its points (with flags, notes, source and edition; a point of an older edition
// beside a newer series is marked as a break), its latest point, and its change with the flags
// it carries, or the change's absence and why (FRAMEWORK §7, §9). The web app computes nothing.
import type { ChangeAbsence } from '../../framework/index.js';
import { loadReportData } from '../data/load-report-data.js';
import type { ReportDataSource } from '../data/report-data-source.js';
import { assembleCountryFigures } from '../figures/country-figures.js';
import type { Figure } from '../figures/figure.js';
import { summariseTrend, type Trend } from '../figures/series-helpers.js';
import type { ResolvedPin } from '../pin/report-pin.js';

export interface ProfilePoint {
  year: string;
  value: number | null;
  suppressed: boolean;
  flags: string[];
  notes: string[];
  releaseIds: number[];
  source: string | null;
  edition: string | null;
  editionTitle: string | null;
  /** A break in series before this point (B): charts mark it, no change crosses it. */
  break: boolean;
}

export interface ProfileChange {
  from: string;
  to: string;
  /** Percent; null when absent. */
  value: number | null;
  flags: string[];
  /** False when a flagged input (E, P, U, D) could reverse it: tell it without a direction. */
  directional: boolean;
  /** Present when no change is given: why. */
  absent?: ChangeAbsence;
}

export interface ProfileSeries {
  points: ProfilePoint[];
  latest: ProfilePoint | null;
  change: ProfileChange | null;
}

export interface CountryProfile {
  iso3: string;
  /** The instant the figures are read at. */
  at: string;
  series: { stock: ProfileSeries; share: ProfileSeries; inflows: ProfileSeries; asylum: ProfileSeries };
}

function pointOf(f: Figure): ProfilePoint {
  return {
    year: f.year,
    value: f.value,
    suppressed: f.suppressed,
    flags: [...f.flags],
    notes: [...f.notes],
    releaseIds: [...f.releaseIds],
    source: f.origin?.source ?? null,
    edition: f.origin?.edition ?? null,
    editionTitle: f.origin?.title ?? null,
    break: f.flags.includes('B'),
  };
}

function seriesOf(trend: Trend | undefined): ProfileSeries {
  if (!trend) return { points: [], latest: null, change: null };
  const { change, changeAbsent, previous, latest } = trend;
  let summary: ProfileChange | null = null;
  if (change && previous && change.value !== null) {
    summary = {
      from: previous.year,
      to: latest.year,
      value: change.value,
      flags: [...change.flags],
      directional: change.directional !== false,
    };
  } else if (changeAbsent) {
    summary = {
      from: changeAbsent.previous.year,
      to: latest.year,
      value: null,
      flags: [],
      directional: false,
      absent: changeAbsent.reason,
    };
  }
  return { points: trend.series.map(pointOf), latest: pointOf(latest), change: summary };
}

export async function buildCountryProfile(
  source: ReportDataSource,
  pin: ResolvedPin,
  iso3: string,
): Promise<CountryProfile> {
  const data = await loadReportData(source, pin, [iso3]);
  const figures = assembleCountryFigures(data, iso3);
  const shares = figures.stock?.shares ?? [];
  return {
    iso3,
    at: pin.at,
    series: {
      stock: seriesOf(figures.stock),
      share: seriesOf(summariseTrend(shares, 'previous-period')),
      inflows: seriesOf(figures.permanent),
      asylum: seriesOf(figures.asylum),
    },
  };
}
