import { Col, Row, Typography } from 'antd';

export interface RowsHeaderColumn {
  label: string;
  /** The column's flex, as the rows below use it (`1 1 0`, `180px`). */
  flex: string;
}

export interface RowsHeaderProps {
  columns: readonly RowsHeaderColumn[];
  /** Width kept free for the rows' trailing action (e.g. the delete button), or none. */
  actionWidth?: string | null;
}

/** The column labels above a list of editable rows (Form.List), aligned with the rows' Cols. */
export function RowsHeader({ columns, actionWidth = null }: RowsHeaderProps) {
  return (
    <Row gutter={8} className="ohnet-rows-header">
      {columns.map((c) => (
        <Col key={c.label} flex={c.flex}>
          <Typography.Text type="secondary">{c.label}</Typography.Text>
        </Col>
      ))}
      {actionWidth ? <Col flex={actionWidth} /> : null}
    </Row>
  );
}
