// An actual content constraint's figures as SDMX-ML annotations (sdmx_metrics): the observation
// count and the time range. SDMX-ML 2.1 and 3.0 write them the same way (common namespace).
import type { SelectedArtefact } from './select-artefacts.js';
import { attrs, esc } from './xml-text.js';

export function constraintMetrics(selected: SelectedArtefact): string {
  const availability = selected.availability;
  if (selected.artefact.type !== 'dataconstraint' || !availability) return '';
  const metric = (id: string, value: string | number) =>
    `<com:Annotation${attrs({ id })}><com:AnnotationTitle>${esc(value)}</com:AnnotationTitle><com:AnnotationType>sdmx_metrics</com:AnnotationType></com:Annotation>`;
  return `<com:Annotations>${metric('obs_count', availability.count)}${
    availability.timeStart ? metric('time_period_start', availability.timeStart) : ''
  }${availability.timeEnd ? metric('time_period_end', availability.timeEnd) : ''}</com:Annotations>`;
}
