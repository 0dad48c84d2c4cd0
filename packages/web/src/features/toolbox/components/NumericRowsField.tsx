import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, InputNumber, Row, Typography } from 'antd';
import type { FormRule } from 'antd';
import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface NumericColumn {
  /** Property of each row, e.g. `laeq`. */
  key: string;
  label: ReactNode;
  unit?: string;
  /** The rules of the column's inputs; a function when they depend on the row (domain issue paths). */
  rules: FormRule[] | ((index: number) => FormRule[]);
  placeholder?: string;
  /** Whole numbers only (years). */
  integer?: boolean;
}

export interface NumericRowsFieldProps {
  /** The Form.List name, e.g. `segments` (same as the request body field, so 422 paths land on rows). */
  name: string;
  columns: NumericColumn[];
  addLabel: ReactNode;
  /** `toolbox-noise` → inputs `toolbox-noise-laeq-0`, button `toolbox-noise-add`. */
  testIdPrefix: string;
  /** Rows that cannot be removed (1 when the list must not be empty). */
  minRows?: number;
  maxRows?: number;
  /** Rules of the list as a whole (e.g. hours adding up to at most 24). */
  listRules?: ComponentProps<typeof Form.List>['rules'];
  /** Label of each row (default its number). */
  rowLabel?: (index: number) => ReactNode;
  /** Width of the row label column (default 40 px for row numbers). */
  rowLabelWidth?: number;
  /** Under the rows, e.g. the running total. */
  footer?: ReactNode;
}

/**
 * An editable table of numeric rows (noise segments, samples, annual doses): a header with labels
 * and units, one line of inputs per row, add and remove buttons, and the list's own errors.
 */
export function NumericRowsField({ name, columns, addLabel, testIdPrefix, minRows = 0, maxRows, listRules, rowLabel, rowLabelWidth = 40, footer }: NumericRowsFieldProps) {
  const { t } = useTranslation();
  return (
    <Form.List name={name} rules={listRules}>
      {(fields, { add, remove }, { errors }) => (
        <div className="ohnet-rows" data-testid={`${testIdPrefix}-rows`}>
          {fields.length > 0 ? (
            <Row gutter={8} wrap={false} className="ohnet-rows-header">
              <Col flex={`${rowLabelWidth}px`} />
              {columns.map((c) => (
                <Col key={c.key} flex="1 1 0">
                  {/* The unit shows inside each input; on phones, where the inputs are too narrow, here. */}
                  <Typography.Text type="secondary">
                    {c.label}
                    {c.unit ? <span className="ohnet-rows-unit">（{c.unit}）</span> : null}
                  </Typography.Text>
                </Col>
              ))}
              <Col flex="32px" />
            </Row>
          ) : null}
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} wrap={false} align="top">
              <Col flex={`${rowLabelWidth}px`} className="ohnet-rows-label">
                <Typography.Text type="secondary">{rowLabel ? rowLabel(index) : index + 1}</Typography.Text>
              </Col>
              {columns.map((c) => (
                <Col key={c.key} flex="1 1 0" style={{ minWidth: 0 }}>
                  <Form.Item name={[field.name, c.key]} rules={typeof c.rules === 'function' ? c.rules(index) : c.rules} style={{ marginBottom: 12 }}>
                    <InputNumber
                      style={{ width: '100%' }}
                      suffix={c.unit}
                      placeholder={c.placeholder}
                      precision={c.integer ? 0 : undefined}
                      aria-label={`${typeof c.label === 'string' ? c.label : c.key} ${index + 1}`}
                      data-testid={`${testIdPrefix}-${c.key}-${index}`}
                    />
                  </Form.Item>
                </Col>
              ))}
              <Col flex="32px">
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  disabled={fields.length <= minRows}
                  onClick={() => remove(field.name)}
                  aria-label={t('toolbox.common.removeRow')}
                  title={t('toolbox.common.removeRow')}
                  data-testid={`${testIdPrefix}-remove-${index}`}
                />
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          {footer}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add()}
            disabled={maxRows !== undefined && fields.length >= maxRows}
            block
            style={{ marginTop: 4 }}
            data-testid={`${testIdPrefix}-add`}
          >
            {addLabel}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
