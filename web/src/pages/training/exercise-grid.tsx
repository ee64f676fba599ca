// The exercise's rows as a small editable table: one text field per cell, labelled with its
// row and column for screen readers; rows the last check found a problem on are marked. Row
// numbers are the file's (the header is row 1), as the validation report gives them.
import { useTranslation } from 'react-i18next';

export function ExerciseGrid({
  rows,
  issueRows,
  onChange,
}: {
  rows: readonly string[][];
  issueRows: ReadonlySet<number>;
  onChange: (rows: string[][]) => void;
}) {
  const { t } = useTranslation();
  const [header = [], ...body] = rows;

  function setCell(rowIndex: number, columnIndex: number, value: string) {
    onChange(
      rows.map((row, r) => (r === rowIndex ? row.map((cell, c) => (c === columnIndex ? value : cell)) : row)),
    );
  }

  return (
    <div className="table-scroll">
      <table className="data-table exercise-grid" data-testid="exercise-grid">
        <caption className="visually-hidden">{t('training.gridTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            {header.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body.map((row, index) => {
            const fileRow = index + 2;
            const flagged = issueRows.has(fileRow);
            return (
              <tr key={fileRow} className={flagged ? 'has-issue' : undefined}>
                <th scope="row">
                  {fileRow}
                  {flagged ? (
                    <span className="visually-hidden">{t('training.rowWithIssues', { row: fileRow })}</span>
                  ) : null}
                </th>
                {row.map((cell, column) => (
                  <td key={header[column] ?? column}>
                    <input
                      type="text"
                      value={cell}
                      aria-label={t('training.cellLabel', { row: fileRow, column: header[column] ?? '' })}
                      aria-invalid={flagged || undefined}
                      onChange={(event) => setCell(index + 1, column, event.target.value)}
                      size={Math.max(3, Math.min(10, cell.length + 1))}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
