import { PRODUCT_CSV_COLUMNS } from '@emporium/catalog-domain';
import { Button } from '@emporium/ui';
import { type ChangeEvent, type FormEvent, useId, useRef, useState } from 'react';
import { countLabel } from '../../lib/count-label';
import { trpc } from '../../trpc';
import { AdminPage, AdminSection } from '../components/admin-page';
import { ProblemAlert } from '../components/problems';
import { fieldProblems } from '../lib/api-problems';
import { useFeedback } from '../lib/use-feedback';
import { csvProblems, csvTextProblem, fileProblem, importSummary, problemSummary } from './csv-report';

interface ChosenFile {
  readonly name: string;
  readonly text: string;
  readonly lines: number;
}

/** Product CSV in and out: import new products from a file (all or nothing, with a report of every bad cell), export all. */
export function CsvPage() {
  return (
    <AdminPage title="CSV import/export">
      <div className="admin-editor">
        <div className="admin-editor__main">
          <ImportSection />
        </div>
        <div className="admin-editor__side">
          <ExportSection />
          <FormatSection />
        </div>
      </div>
    </AdminPage>
  );
}

function ImportSection() {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  const importCsv = trpc.catalog.admin.csv.importProducts.useMutation({
    onSuccess: async (result) => {
      await utils.catalog.invalidate();
      feedback.saved(importSummary(result));
    },
  });
  const problems = importCsv.isError ? csvProblems(fieldProblems(importCsv.error)) : [];

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    importCsv.reset();
    setFile(null);
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    const problem = fileProblem(chosen);
    if (problem) {
      setFileError(problem);
      return;
    }
    const text = await chosen.text();
    const textProblem = csvTextProblem(text);
    setFileError(textProblem);
    if (!textProblem) setFile({ name: chosen.name, text, lines: text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (file) importCsv.mutate({ csv: file.text });
  }

  return (
    <AdminSection
      title="Import products"
      description={<p>Every row is checked before anything is saved: if any row has a problem, nothing is imported and each problem is listed by row and column.</p>}
    >
      <form className="admin-form" onSubmit={submit} noValidate>
        <div className={fileError ? 'ui-field ui-field--invalid' : 'ui-field'}>
          <label htmlFor={inputId} className="ui-field__label">
            Product CSV file
          </label>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            className="admin-file-input"
            onChange={(event) => void choose(event)}
            aria-describedby={fileError ? `${inputId}-error` : undefined}
            aria-invalid={fileError ? true : undefined}
          />
          {fileError && (
            <p id={`${inputId}-error`} className="ui-field__error" role="alert">
              {fileError}
            </p>
          )}
        </div>
        {file && (
          <p className="admin-muted">
            {file.name}: {countLabel(Math.max(0, file.lines - 1), 'row', 'rows')} after the header.
          </p>
        )}
        <div className="admin-button-row">
          <Button type="submit" loading={importCsv.isPending} disabled={!file}>
            Import products
          </Button>
        </div>
      </form>

      {importCsv.isSuccess && (
        <div className="admin-alert admin-alert--success" role="status">
          <p className="admin-alert__title">{importSummary(importCsv.data)}</p>
          <p>They are in the product list now; imported products keep the status the file gave them.</p>
        </div>
      )}
      {importCsv.isError && problems.length === 0 && <ProblemAlert error={importCsv.error} title="Nothing was imported" />}
      {problems.length > 0 && (
        <div className="admin-report">
          <div className="admin-alert admin-alert--danger" role="alert">
            <p className="admin-alert__title">The file was not imported</p>
            <p>{problemSummary(problems)}</p>
          </div>
          <div className="admin-table-wrap">
            <table className="admin-table admin-table--compact">
              <caption>Problems in {file?.name ?? 'the file'}</caption>
              <thead>
                <tr>
                  <th scope="col" className="admin-table__number">
                    Row
                  </th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((problem, index) => (
                  <tr key={index}>
                    <td className="admin-table__number">{problem.row === 0 ? '—' : problem.row}</td>
                    <td>{problem.column ? <code>{problem.column}</code> : <span className="admin-muted">whole row</span>}</td>
                    <td>{problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </AdminSection>
  );
}

function ExportSection() {
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const { filename, csv } = await utils.catalog.admin.csv.exportProducts.fetch(undefined, { staleTime: 0 });
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser a moment to start the download before the address is revoked.
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
      feedback.saved(`${filename} downloaded.`);
    } catch (error) {
      feedback.failed(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AdminSection title="Export" description={<p>The whole catalog, one row per variant, in the format the import reads.</p>}>
      <Button variant="secondary" onClick={() => void download()} loading={busy}>
        Download products.csv
      </Button>
    </AdminSection>
  );
}

function FormatSection() {
  return (
    <AdminSection title="File format">
      <p>One row per variant; rows of one product share its slug. Required columns: slug, title, sku. Lists are separated by “;”, attributes written Name=Value, prices in major units per currency (price_USD, compare_at_USD).</p>
      <p className="admin-muted">Columns: {PRODUCT_CSV_COLUMNS.join(', ')}, price_XXX, compare_at_XXX.</p>
    </AdminSection>
  );
}
