import type { ReactNode } from 'react';

export interface SimpleTableColumn<T> {
  key: string;
  title: ReactNode;
  render: (row: T) => ReactNode;
  align?: 'left' | 'right' | 'center';
}

export interface SimpleTableProps<T> {
  columns: SimpleTableColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  'data-testid'?: string;
}

/**
 * A small static table for result figures. antd's Table (sorting, pagination, virtual scroll) would
 * weigh more than the whole toolbox for a few rows on a public page.
 */
export function SimpleTable<T>({ columns, rows, rowKey, ...rest }: SimpleTableProps<T>) {
  return (
    <div className="ohnet-simple-table-wrap">
      <table className="ohnet-simple-table" data-testid={rest['data-testid']}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} style={{ textAlign: c.align ?? 'left' }}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.key} style={{ textAlign: c.align ?? 'left' }}>
                  {c.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
