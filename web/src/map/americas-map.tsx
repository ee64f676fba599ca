// The choropleth of the Americas: one value per member state, coloured in five classes, small
// island states marked with dots, click (or the table below, for keyboard users) opens the
// country. Countries without a figure stay grey and say so in the tooltip: no value is invented.
import type { EChartsOption } from 'echarts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberState } from '../api/types';
import { CONTEXT_LAND_COLOUR, MAP_CLASS_COLOURS, NO_DATA_COLOUR } from '../charts/chart-palette';
import { EChart } from '../charts/echart';
import type { ECharts } from '../charts/load-echarts';
import { ErrorPanel, LoadingPanel } from '../components/status-panel';
import { type AmericasGeo, CONTEXT_PREFIX, loadAmericasGeo } from './load-americas-geo';
import { computeMapClasses } from './map-classes';
import { SMALL_STATES } from './small-states';

export interface AmericasMapProps {
  members: readonly MemberState[];
  values: ReadonlyMap<string, number>;
  formatValue: (value: number) => string;
  label: string;
  onSelect?: (iso3: string) => void;
  height?: number;
  testId?: string;
}

export function AmericasMap({
  members,
  values,
  formatValue,
  label,
  onSelect,
  height = 520,
  testId,
}: AmericasMapProps) {
  const { t } = useTranslation();
  const [geo, setGeo] = useState<AmericasGeo | 'failed' | undefined>();
  const memberByM49 = useMemo(() => new Map(members.map((m) => [m.m49, m.iso3])), [members]);
  const names = useMemo(() => new Map(members.map((m) => [m.iso3, m.name])), [members]);

  useEffect(() => {
    let live = true;
    loadAmericasGeo(memberByM49)
      .then((loaded) => live && setGeo(loaded))
      .catch(() => live && setGeo('failed'));
    return () => {
      live = false;
    };
  }, [memberByM49]);

  const prepare = useCallback(
    (echarts: ECharts) => {
      if (geo && geo !== 'failed') echarts.registerMap('americas', geo.geoJson as never);
    },
    [geo],
  );

  const option = useMemo<EChartsOption | undefined>(() => {
    if (!geo || geo === 'failed') return undefined;
    const classes = computeMapClasses([...values.values()]);
    const pieces = classes.map((c, i) => ({
      min: c.min,
      max: c.max,
      color: MAP_CLASS_COLOURS[Math.min(i, MAP_CLASS_COLOURS.length - 1)],
      label: `${formatValue(c.min)} – ${formatValue(c.max)}`,
    }));
    const contextRegions = geo.geoJson.features
      .filter((f) => f.properties.name.startsWith(CONTEXT_PREFIX))
      .map((f) => ({ name: f.properties.name, silent: true, itemStyle: { areaColor: CONTEXT_LAND_COLOUR } }));
    const smallStateDots = SMALL_STATES.flatMap((iso3) => {
      const centre = geo.centres.get(iso3);
      return centre ? [{ name: iso3, value: [centre[0], centre[1], values.get(iso3) ?? null] }] : [];
    });
    const tooltipText = (iso3: string) => {
      const value = values.get(iso3);
      const name = names.get(iso3) ?? iso3;
      return `${name}<br/>${value === undefined ? t('map.noFigure') : formatValue(value)}`;
    };
    return {
      aria: { enabled: true, label: { description: label } },
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const name = (params as { name?: string }).name ?? '';
          return name && !name.startsWith(CONTEXT_PREFIX) ? tooltipText(name) : '';
        },
      },
      geo: {
        map: 'americas',
        roam: true,
        scaleLimit: { min: 1, max: 12 },
        aspectScale: 0.85,
        layoutCenter: ['50%', '50%'],
        layoutSize: '118%',
        itemStyle: { areaColor: NO_DATA_COLOUR, borderColor: '#ffffff', borderWidth: 0.6 },
        emphasis: { itemStyle: { areaColor: '#f2b632' }, label: { show: false } },
        regions: contextRegions,
      },
      visualMap: [
        {
          type: 'piecewise',
          seriesIndex: 0,
          pieces,
          left: 8,
          bottom: 8,
          itemWidth: 14,
          textStyle: { color: '#1a1a1a' },
          outOfRange: { color: NO_DATA_COLOUR },
        },
        {
          type: 'piecewise',
          seriesIndex: 1,
          dimension: 2,
          pieces,
          show: false,
          outOfRange: { color: NO_DATA_COLOUR },
        },
      ],
      series: [
        {
          type: 'map',
          geoIndex: 0,
          data: members.map((m) => ({ name: m.iso3, value: values.get(m.iso3) ?? Number.NaN })),
        },
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          symbolSize: 9,
          itemStyle: { borderColor: '#1a1a1a', borderWidth: 1 },
          data: smallStateDots,
        },
      ],
    } as EChartsOption;
  }, [geo, values, members, names, formatValue, label, t]);

  if (geo === 'failed') return <ErrorPanel code="MAP" message={t('errors.map')} />;
  if (!geo || !option) return <LoadingPanel label={t('map.loading')} />;
  return (
    <EChart
      option={option}
      label={label}
      height={height}
      prepare={prepare}
      testId={testId}
      onItemClick={(name) => {
        if (names.has(name)) onSelect?.(name);
      }}
    />
  );
}
