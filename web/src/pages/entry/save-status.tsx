// Where the draft stands: saved, saving, or waiting for the server with N edits kept on this
// computer. Announced politely to screen readers.
import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-entry-draft';

export function SaveStatus({
  state,
  unsent,
  refusal,
}: {
  state: SaveState;
  unsent: number;
  refusal: string | null;
}) {
  const { t } = useTranslation();
  const text =
    state === 'saved'
      ? t('entry.save.saved')
      : state === 'saving'
        ? t('entry.save.saving')
        : state === 'offline'
          ? t('entry.save.offline', { count: unsent })
          : t('entry.save.refused', { message: refusal ?? '' });
  return (
    <p
      className={`entry-save entry-save--${state}`}
      role="status"
      aria-live="polite"
      data-testid="entry-save-state"
    >
      <span className="entry-save__dot" aria-hidden="true" />
      {text}
      {state !== 'saved' && unsent > 0 && state !== 'offline'
        ? ` · ${t('entry.save.unsent', { count: unsent })}`
        : ''}
    </p>
  );
}
