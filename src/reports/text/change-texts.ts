// Why a change is not given (FRAMEWORK §7, §9), as a sentence in the reader's language: the
// narrative says it in place of the change, and the key-figures table as the footnote of "..".
// A change that is absent only because a value is missing needs no sentence.
import { label } from '../../framework/labels.js';
import type { Labels, Lang } from '../../framework/types.js';
import type { AbsentChange, Figure } from '../figures/figure.js';
import { fillTemplate } from './fill-template.js';
import { NARRATIVE } from './narrative-templates.js';

const ABSENT_TEMPLATES: Partial<Record<string, Labels>> = {
  EDITION: NARRATIVE.changeAbsentEDITION,
  SOURCE: NARRATIVE.changeAbsentSOURCE,
  BREAK: NARRATIVE.changeAbsentBREAK,
};

function describeEditions(latest: Figure, previous: Figure): string {
  const titles = [previous.origin?.title, latest.origin?.title].filter((t): t is string => Boolean(t));
  return [...new Set(titles)].join(' → ');
}

export function describeAbsentChange(lang: Lang, latest: Figure, absent: AbsentChange): string | undefined {
  const template = ABSENT_TEMPLATES[absent.reason];
  if (!template) return undefined;
  return fillTemplate(label(template, lang), {
    previous: absent.previous.year,
    editions: describeEditions(latest, absent.previous),
  });
}
