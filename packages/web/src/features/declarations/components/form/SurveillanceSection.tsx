import { DECLARATION_SURVEILLANCE_EXAM_TYPES, type DeclarationContent } from '@ohnet/domain';
import { Card, Col, Form, InputNumber, Row, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptySurveillance } from '../../declaration-content.ts';
import { CountInput, YesNo } from './fields.tsx';
import { ReportsField } from './ReportsField.tsx';

export interface SurveillanceSectionProps {
  editable: boolean;
}

/** 五、本年度职业健康检查 (optional): exam institutions and reports, and exams due / done by type. */
export function SurveillanceSection({ editable }: SurveillanceSectionProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<DeclarationContent>();
  const surveillance = Form.useWatch('surveillance', { form, preserve: true });
  const conducted = Form.useWatch(['surveillance', 'conducted'], { form, preserve: true });
  const isIncluded = surveillance !== null && surveillance !== undefined;

  const handleToggle = (include: boolean) => {
    form.setFieldValue('surveillance', include ? emptySurveillance(form.getFieldValue(['testing', 'year']) ?? null) : null);
  };
  const handleConducted = (value: boolean) => {
    if (!value) form.setFieldValue(['surveillance', 'reports'], []);
  };

  return (
    <Card
      title={t('declarations.form.sections.surveillance')}
      className="ohnet-declaration-section"
      extra={
        <Switch checked={isIncluded} onChange={handleToggle} disabled={!editable} checkedChildren={t('declarations.form.surveillance.included')} unCheckedChildren={t('declarations.form.surveillance.notIncluded')} data-testid="decl-surveillance-toggle" />
      }
      data-testid="decl-section-surveillance"
    >
      {isIncluded ? (
        <>
          <Row gutter={16}>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item name={['surveillance', 'year']} label={t('declarations.form.testing.year')}>
                <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={10}>
              <Form.Item name={['surveillance', 'conducted']} label={t('declarations.form.surveillance.conducted')}>
                <YesNo testId="decl-surveillance-conducted" yes={t('declarations.form.surveillance.conductedYes')} no={t('declarations.form.surveillance.conductedNo')} onChange={handleConducted} />
              </Form.Item>
            </Col>
          </Row>
          {conducted ? (
            <>
              <Typography.Text strong>{t('declarations.form.surveillance.reports')}</Typography.Text>
              <div style={{ marginTop: 8 }}>
                <ReportsField name={['surveillance', 'reports']} editable={editable} testIdPrefix="decl-surveillance-report" />
              </div>
            </>
          ) : null}
          <Row gutter={16}>
            {DECLARATION_SURVEILLANCE_EXAM_TYPES.map((type) => (
              <Col xs={24} lg={8} key={type}>
                <Typography.Text strong>{t(`declarations.form.surveillance.examTypes.${type}`)}</Typography.Text>
                <Row gutter={8} style={{ marginTop: 8 }}>
                  <Col span={12}>
                    <Form.Item name={['surveillance', 'exams', type, 'due']} label={t('declarations.form.surveillance.due')}>
                      <CountInput />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item name={['surveillance', 'exams', type, 'done']} label={t('declarations.form.surveillance.done')}>
                      <CountInput />
                    </Form.Item>
                  </Col>
                </Row>
              </Col>
            ))}
          </Row>
        </>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('declarations.form.surveillance.optionalNote')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
