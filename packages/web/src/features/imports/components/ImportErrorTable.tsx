import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportError } from '../import-result.ts';

export interface ImportErrorTableProps {
  errors: ImportError[];
}

const PAGE_SIZE = 10;

/** Each rejected cell: Excel row, column header, reason. */
export function ImportErrorTable({ errors }: ImportErrorTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ImportError> = [
    { key: 'row', title: t('imports.errorRow'), width: 90, render: (_, e) => t('imports.rowNumber', { row: e.row }) },
    { key: 'column', title: t('imports.errorColumn'), width: 220, render: (_, e) => e.column },
    { key: 'message', title: t('imports.errorReason'), render: (_, e) => e.message },
  ];
  return (
    <Table<ImportError>
      rowKey={(e) => `${e.row}:${e.column}:${e.code}`}
      size="small"
      columns={columns}
      dataSource={errors}
      pagination={errors.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false } : false}
      data-testid="import-errors"
    />
  );
}
