import { Card, Col, DatePicker, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { isoDateField } from '../../../../shared/forms/date-field.ts';

/** 变更情况 (申报办法 第八条): why and when, for a change declaration. */
export function ChangeSection() {
  const { t } = useTranslation();
  return (
    <Card title={t('declarations.form.sections.change')} className="ohnet-declaration-section" data-testid="decl-section-change">
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Form.Item name={['change', 'reason']} label={t('declarations.form.change.reason')}>
            <Input.TextArea rows={2} maxLength={500} showCount data-testid="decl-change-reason" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8}>
          <Form.Item name={['change', 'occurredOn']} label={t('declarations.form.change.occurredOn')} {...isoDateField}>
            <DatePicker style={{ width: '100%' }} data-testid="decl-change-occurredOn" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
