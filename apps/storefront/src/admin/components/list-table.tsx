import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A column's heading; a numeric column is right-aligned. */
export type ListColumn = string | { readonly label: string; readonly numeric: true };

export interface ListTableProps {
  /** What the table lists, for screen readers (hidden on screen, where the page heading says it). */
  readonly caption: string;
  readonly columns: readonly ListColumn[];
  /** True while newer rows are on their way; the rows shown stay, dimmed. */
  readonly busy?: boolean;
  /** The rows: one <tr> a record, starting with its `RowHeader`. */
  readonly children: ReactNode;
}

/** A list page's table of records, scrolling sideways on its own on a narrow screen. */
export function ListTable({ caption, columns, busy, children }: ListTableProps) {
  return (
    <div className="admin-table-wrap" aria-busy={busy}>
      <table className="admin-table">
        <caption className="ui-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === 'string' ? (
                <th key={column} scope="col">
                  {column}
                </th>
              ) : (
                <th key={column.label} scope="col" className="admin-table__number">
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A row's first cell, which names the record: a link to it, and a quieter second line (its slug, its e-mail). */
export function RowHeader({ to, title, detail }: { readonly to: string; readonly title: ReactNode; readonly detail?: ReactNode }) {
  return (
    <th scope="row">
      <Link to={to} className="admin-table__primary">
        {title}
      </Link>
      {detail !== undefined && <span className="admin-table__secondary">{detail}</span>}
    </th>
  );
}
