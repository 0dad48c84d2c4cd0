import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { DeclarationTestingReport } from '@ohnet/domain';
import { Button, Col, DatePicker, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { RowsHeader } from '../../../../shared/ui/RowsHeader.tsx';
import { isoDateField } from '../../../../shared/forms/date-field.ts';

export interface ReportsFieldProps {
  /** `['testing', 'reports']` or `['surveillance', 'reports']`. */
  name: [string, string];
  editable: boolean;
  /** `decl-testing-report` → `decl-testing-report-institution-0`. */
  testIdPrefix: string;
}

const MAX_REPORTS = 20;
const EMPTY_REPORT: DeclarationTestingReport = { institutionName: null, reportNumber: null, reportDate: null };

/** Reports of the year: institution, report number, report date. */
export function ReportsField({ name, editable, testIdPrefix }: ReportsFieldProps) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.length > 0 ? (
            <RowsHeader columns={[{ label: t('declarations.form.reports.institutionName'), flex: '1 1 0' }, { label: t('declarations.form.reports.reportNumber'), flex: '220px' }, { label: t('declarations.form.reports.reportDate'), flex: '160px' }]} actionWidth={editable ? '32px' : null} />
          ) : null}
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} wrap={false} align="top">
              <Col flex="1 1 0" style={{ minWidth: 0 }}>
                <Form.Item name={[field.name, 'institutionName']} style={{ marginBottom: 12 }}>
                  <Input maxLength={120} aria-label={t('declarations.form.reports.institutionName')} data-testid={`${testIdPrefix}-institution-${index}`} />
                </Form.Item>
              </Col>
              <Col flex="220px">
                <Form.Item name={[field.name, 'reportNumber']} style={{ marginBottom: 12 }}>
                  <Input maxLength={60} aria-label={t('declarations.form.reports.reportNumber')} data-testid={`${testIdPrefix}-number-${index}`} />
                </Form.Item>
              </Col>
              <Col flex="160px">
                <Form.Item name={[field.name, 'reportDate']} style={{ marginBottom: 12 }} {...isoDateField}>
                  <DatePicker style={{ width: '100%' }} aria-label={t('declarations.form.reports.reportDate')} data-testid={`${testIdPrefix}-date-${index}`} />
                </Form.Item>
              </Col>
              {editable ? (
                <Col flex="32px">
                  <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.removeRow')} onClick={() => remove(field.name)} />
                </Col>
              ) : null}
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          {editable ? (
            <Button type="dashed" size="small" icon={<PlusOutlined />} disabled={fields.length >= MAX_REPORTS} onClick={() => add(EMPTY_REPORT)} data-testid={`${testIdPrefix}-add`} style={{ marginBottom: 16 }}>
              {t('declarations.form.reports.add')}
            </Button>
          ) : null}
        </>
      )}
    </Form.List>
  );
}
