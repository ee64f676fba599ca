// The XLSX template: a very hidden first sheet naming table, country and layout (read before the
// data as the workbook streams, so an upload needs no options), the data sheet under a title
// row with drop-down lists of codes, the instructions, and the code lists the drop-downs use.
import ExcelJS from 'exceljs';
import { FRAMEWORK_VERSION } from '../../framework/index.js';
import { IDENTITY_SHEET } from '../pipeline/identify-submission.js';
import type { TemplatePlan } from './plan-template.js';
import { SHEET_NAMES } from './template-texts.js';

// Rows that get drop-downs below the pre-filled ones, for the correspondent's additions.
const SPARE_ROWS = 1000;
const HEADER_ROW = 2;

interface DataValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function buildXlsxTemplate(plan: TemplatePlan): ExcelJS.Workbook {
  const { lang } = plan;
  const book = new ExcelJS.Workbook();
  book.creator = 'SICREMI';
  book.addWorksheet(IDENTITY_SHEET, { state: 'veryHidden' }).addRows([
    ['table', plan.table.id],
    ['country', plan.country],
    ['layout', plan.layout],
    ['lang', lang],
    ['framework', FRAMEWORK_VERSION],
  ]);
  const data = book.addWorksheet(SHEET_NAMES.data[lang], {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  const instructions = book.addWorksheet(SHEET_NAMES.instructions[lang]);
  const codes = book.addWorksheet(SHEET_NAMES.codes[lang]);
  book.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 1, activeTab: 1, visibility: 'visible' },
  ];

  data.addRow([plan.title]).font = { bold: true, size: 13 };
  data.addRow(plan.columns.map((c) => c.header)).font = { bold: true };
  data.addRows(plan.rows);
  plan.columns.forEach((column, i) => {
    data.getColumn(i + 1).width = column.list === undefined ? 14 : 32;
  });

  plan.codeLists.forEach((list, i) => {
    const column = codes.getColumn(i + 1);
    column.values = [list.header, ...list.entries];
    column.width = 40;
  });
  codes.getRow(1).font = { bold: true };

  const lastRow = HEADER_ROW + plan.rows.length + SPARE_ROWS;
  const validations = (data as unknown as { dataValidations: DataValidations }).dataValidations;
  plan.columns.forEach((column, i) => {
    const range = `${columnLetter(i)}${HEADER_ROW + 1}:${columnLetter(i)}${lastRow}`;
    if (column.list !== undefined) {
      const list = plan.codeLists[column.list];
      const source = `'${codes.name}'!$${columnLetter(column.list)}$2:$${columnLetter(column.list)}$${(list?.entries.length ?? 0) + 1}`;
      validations.add(range, { type: 'list', allowBlank: true, formulae: [source] });
    } else if (column.id === 'TIME_PERIOD') {
      validations.add(range, {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [1900, 2100],
      });
    } else if (column.id === 'OBS_VALUE') {
      validations.add(range, {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [0],
      });
    }
  });

  instructions.getColumn(1).width = 120;
  instructions.addRow([plan.title]).font = { bold: true, size: 13 };
  for (const line of plan.instructions) instructions.addRow([line]).alignment = { wrapText: true };
  return book;
}
