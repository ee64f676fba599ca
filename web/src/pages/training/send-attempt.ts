// One attempt at an exercise: the corrected rows (written back to CSV) or an uploaded file,
// with the justifications typed for the warnings, sent as the upload route expects.
import type { ApiResult } from '../../api/fetch-json';
import { uploadFile } from '../../api/upload-file';
import type { Lang } from '../../i18n/languages';
import { writeCsvRows } from './csv-rows';
import type { AttemptOutcome } from './training-types';

export function sendAttempt(
  exerciseId: string,
  lang: Lang,
  answer: { rows: readonly string[][] } | { file: File },
  justifications: Readonly<Record<number, string>>,
): Promise<ApiResult<AttemptOutcome>> {
  const file =
    'file' in answer
      ? answer.file
      : new File([writeCsvRows(answer.rows)], `${exerciseId}.csv`, { type: 'text/csv' });
  const typed = Object.entries(justifications)
    .filter(([, text]) => text.trim() !== '')
    .map(([row, text]) => ({ row: Number(row), text: text.trim() }));
  return uploadFile<AttemptOutcome>(
    `/api/training/exercises/${exerciseId}/attempts?lang=${lang}`,
    { justifications: JSON.stringify(typed) },
    file,
    () => {},
  );
}
