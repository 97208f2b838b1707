import { countLabel } from '../../lib/count-label';
import type { FieldProblem } from '../lib/api-problems';

/** One problem of an import, where a spreadsheet shows it: the header is row 1, `column` null for the whole row. */
export interface CsvProblem {
  readonly row: number;
  readonly column: string | null;
  readonly message: string;
}

/** The API refuses a CSV of more characters than this (and a request body over 1 MiB). */
export const MAX_CSV_CHARACTERS = 1_000_000;

const ROW_PATH = /^rows\.(\d+)(?:\.(.+))?$/;

/**
 * The import's refusal as a table: the server reports each problem at `rows.<row>.<column>` (or `rows.<row>`).
 * Anything else it said (a problem with the request itself) is kept at row 0 so it is shown, not dropped.
 * Sorted by row, then column, as the file reads.
 */
export function csvProblems(problems: readonly FieldProblem[]): CsvProblem[] {
  return problems
    .map((problem) => {
      const match = ROW_PATH.exec(problem.path);
      if (!match) return { row: 0, column: problem.path || null, message: problem.message };
      return { row: Number(match[1]), column: match[2] ?? null, message: problem.message };
    })
    .sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? ''));
}

/** "3 problems in 2 rows. Nothing was imported." */
export function problemSummary(problems: readonly CsvProblem[]): string {
  const rows = new Set(problems.map((problem) => problem.row)).size;
  return `${countLabel(problems.length, 'problem', 'problems')} in ${countLabel(rows, 'row', 'rows')}. Nothing was imported — fix the file and upload it again.`;
}

/** "Imported 4 products with 9 variants." */
export function importSummary(result: { readonly products: number; readonly variants: number }): string {
  return `Imported ${countLabel(result.products, 'product', 'products')} with ${countLabel(result.variants, 'variant', 'variants')}.`;
}

/** Why a chosen file cannot be sent, before reading it; null when it looks fine. */
export function fileProblem(file: { readonly name: string; readonly size: number; readonly type: string }): string | null {
  if (!/\.csv$/i.test(file.name) && file.type !== 'text/csv') return 'Choose a .csv file.';
  if (file.size === 0) return 'The file is empty.';
  // Bytes are at least characters, so a file within the limit in bytes is within it in characters too.
  if (file.size > MAX_CSV_CHARACTERS * 4) return 'The file is too large: split it into files of at most 1 MB.';
  return null;
}

/** The text to send, or why not: an empty file, or more characters than the API takes. */
export function csvTextProblem(text: string): string | null {
  if (text.trim() === '') return 'The file is empty.';
  if (text.length > MAX_CSV_CHARACTERS) return 'The file is too large: split it into files of at most 1 MB.';
  return null;
}
