// The correspondent's form of reference metadata on sources (FRAMEWORK §5) for one table of one
// country, per source edition: a draft the reviewers read with the submission and that is
// published with the data. OAS staff see the same records read-only.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalOf } from '../../api/refusal';
import { sendJson } from '../../api/session';
import type { SourceMetadataFields, WorkspaceMetadata } from '../../api/travel-types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { TextField } from '../../components/text-field';
import { useSourceTypes } from '../../components/use-source-types';
import { useLang } from '../../i18n/use-lang';

const EMPTY: SourceMetadataFields = {
  institution: '',
  sourceName: '',
  sourceType: 'CENSUS',
  migrantCriterion: 'BIRTH',
  referencePeriod: '',
  unit: 'person',
  residenceThresholdMonths: null,
  coverageNotes: '',
  breaks: [],
  classificationVersions: '',
  sampleAndCvMethod: '',
  disclosureControl: '',
};

export function SourceMetadataPanel({ country, table }: { country: string; table: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const result = useApi<WorkspaceMetadata>(`/api/workspace/metadata/${country}/${table}?lang=${lang}`, {
    cache: false,
    version,
  });
  return (
    <section aria-labelledby={`metadata-${country}-${table}`} data-testid="source-metadata-panel">
      <h2 id={`metadata-${country}-${table}`}>
        {t('travel.metadataForm.title')} — {table}, {country}
      </h2>
      <p className="hint">{t('travel.metadataForm.lead')}</p>
      <ApiView result={result}>
        {(data) => (
          <>
            {data.records.map((record) => (
              <details key={`${record.edition}|${record.state}`}>
                <summary>
                  {record.edition} —{' '}
                  {record.state === 'draft'
                    ? t('travel.metadataForm.draft')
                    : t('travel.metadataForm.published')}
                </summary>
                <pre className="metadata-record">{JSON.stringify(record.fields, null, 2)}</pre>
              </details>
            ))}
            {data.mayEdit ? (
              <MetadataEditor
                country={country}
                table={table}
                initial={data.records.find((r) => r.state === 'draft') ?? data.records[0]}
                onSaved={() => setVersion((v) => v + 1)}
              />
            ) : (
              <p className="hint">{t('travel.metadataForm.readOnly')}</p>
            )}
          </>
        )}
      </ApiView>
    </section>
  );
}

function MetadataEditor({
  country,
  table,
  initial,
  onSaved,
}: {
  country: string;
  table: string;
  initial: { edition: string; fields: SourceMetadataFields } | undefined;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const sourceTypes = useSourceTypes();
  const [edition, setEdition] = useState(initial?.edition ?? '');
  const [fields, setFields] = useState<SourceMetadataFields>({ ...EMPTY, ...(initial?.fields ?? {}) });
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const set = <K extends keyof SourceMetadataFields>(key: K, value: SourceMetadataFields[K]) =>
    setFields({ ...fields, [key]: value });
  const id = (name: string) => `metadata-${country}-${table}-${name}`;

  async function save() {
    const result = await sendJson('PUT', `/api/workspace/metadata/${country}/${table}`, { edition, fields });
    if (result.state === 'ok') {
      setStatus({ ok: true, message: t('travel.metadataForm.saved') });
      onSaved();
    } else setStatus({ ok: false, message: refusalOf(result).message });
  }

  return (
    <form
      className="metadata-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField
        type="text"
        id={id('edition')}
        label={t('travel.sources.edition')}
        value={edition}
        onValue={setEdition}
        required
      />
      <TextField
        type="text"
        id={id('institution')}
        label={t('travel.sources.institution')}
        value={fields.institution}
        onValue={(v) => set('institution', v)}
        required
      />
      <TextField
        type="text"
        id={id('sourceName')}
        label={t('travel.sources.sourceName')}
        value={fields.sourceName}
        onValue={(v) => set('sourceName', v)}
        required
      />
      <div className="field">
        <label htmlFor={id('sourceType')}>{t('travel.sources.sourceType')}</label>
        <select
          id={id('sourceType')}
          value={fields.sourceType}
          onChange={(e) => set('sourceType', e.target.value)}
        >
          {(sourceTypes.length > 0 ? sourceTypes : [{ id: fields.sourceType, name: fields.sourceType }]).map(
            (type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ),
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('criterion')}>{t('travel.sources.migrantCriterion')}</label>
        <select
          id={id('criterion')}
          value={fields.migrantCriterion}
          onChange={(e) =>
            set('migrantCriterion', e.target.value as SourceMetadataFields['migrantCriterion'])
          }
        >
          <option value="BIRTH">{t('travel.sources.criterion.BIRTH')}</option>
          <option value="CITIZENSHIP">{t('travel.sources.criterion.CITIZENSHIP')}</option>
        </select>
      </div>
      <TextField
        type="text"
        id={id('referencePeriod')}
        label={t('travel.sources.referencePeriod')}
        value={fields.referencePeriod}
        onValue={(v) => set('referencePeriod', v)}
      />
      <div className="field">
        <label htmlFor={id('unit')}>{t('travel.sources.unit')}</label>
        <select
          id={id('unit')}
          value={fields.unit}
          onChange={(e) => set('unit', e.target.value as SourceMetadataFields['unit'])}
        >
          {(['person', 'permit', 'event'] as const).map((unit) => (
            <option key={unit} value={unit}>
              {t(`travel.sources.units.${unit}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={id('threshold')}
        label={t('travel.sources.residenceThreshold')}
        type="number"
        min={0}
        max={120}
        value={fields.residenceThresholdMonths === null ? '' : String(fields.residenceThresholdMonths)}
        onValue={(v) => set('residenceThresholdMonths', v === '' ? null : Number(v))}
      />
      {(['coverageNotes', 'classificationVersions', 'sampleAndCvMethod', 'disclosureControl'] as const).map(
        (key) => (
          <div className="field" key={key}>
            <label htmlFor={id(key)}>{t(`travel.sources.${key}`)}</label>
            <textarea id={id(key)} rows={3} value={fields[key]} onChange={(e) => set(key, e.target.value)} />
          </div>
        ),
      )}
      <fieldset>
        <legend>{t('travel.sources.breaks')}</legend>
        {fields.breaks.map((b, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: breaks are edited in place, by position
          <div key={index} className="field-row">
            <TextField
              type="text"
              id={id(`break-date-${index}`)}
              label={t('travel.metadataForm.breakDate')}
              value={b.date}
              onValue={(v) =>
                set(
                  'breaks',
                  fields.breaks.map((x, i) => (i === index ? { ...x, date: v } : x)),
                )
              }
            />
            <TextField
              type="text"
              id={id(`break-description-${index}`)}
              label={t('travel.metadataForm.breakDescription')}
              value={b.description}
              onValue={(v) =>
                set(
                  'breaks',
                  fields.breaks.map((x, i) => (i === index ? { ...x, description: v } : x)),
                )
              }
            />
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                set(
                  'breaks',
                  fields.breaks.filter((_, i) => i !== index),
                )
              }
            >
              {t('travel.metadataForm.removeBreak')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => set('breaks', [...fields.breaks, { date: '', description: '' }])}
        >
          {t('travel.metadataForm.addBreak')}
        </button>
      </fieldset>
      <button type="submit" className="button" data-testid="metadata-save">
        {t('travel.metadataForm.save')}
      </button>
      {status ? (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'notice' : 'status-panel--error'}>
          {status.message}
        </p>
      ) : null}
    </form>
  );
}
