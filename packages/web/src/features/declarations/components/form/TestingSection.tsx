import { type DeclarationContent, type HazardFactorCategory, declarationSubCountsOf } from '@ohnet/domain';
import { Card, Col, Form, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FORM_CATEGORIES } from '../../declaration-content.ts';
import { CountInput, YesNo } from './fields.tsx';
import { ReportsField } from './ReportsField.tsx';

export interface TestingSectionProps {
  editable: boolean;
}

/** Points tested / over the limit of one category (and of its named sub-factors), with the reports covering them. */
interface CategoryPointsProps {
  category: HazardFactorCategory;
  /** Numbers of the reports listed above, offered for this category. */
  reportNumbers: string[];
}

function CategoryPoints({ category, reportNumbers }: CategoryPointsProps) {
  const { t } = useTranslation();
  const base = ['testing', 'categories', category];
  return (
    <div className="ohnet-testing-category" data-testid={`decl-testing-${category}`}>
      <Row gutter={8} align="top">
        <Col flex="150px" className="ohnet-testing-label">
          <Typography.Text strong>{t(`hazardCategories.${category}`)}</Typography.Text>
        </Col>
        <Col flex="140px">
          <Form.Item name={[...base, 'pointsTested']} style={{ marginBottom: 8 }}>
            <CountInput unit="points" aria-label={t('declarations.form.testing.pointsTested')} data-testid={`decl-testing-${category}-tested`} />
          </Form.Item>
        </Col>
        <Col flex="140px">
          <Form.Item name={[...base, 'pointsOverLimit']} style={{ marginBottom: 8 }}>
            <CountInput unit="points" aria-label={t('declarations.form.testing.pointsOverLimit')} data-testid={`decl-testing-${category}-over`} />
          </Form.Item>
        </Col>
        <Col flex="1 1 0" style={{ minWidth: 0 }}>
          <Form.Item name={[...base, 'reportNumbers']} style={{ marginBottom: 8 }}>
            <Select mode="multiple" options={reportNumbers.map((n) => ({ value: n, label: n }))} placeholder={t('declarations.form.testing.reportNumbersPlaceholder')} aria-label={t('declarations.form.testing.reportNumbers')} />
          </Form.Item>
        </Col>
      </Row>
      {declarationSubCountsOf(category).map((s) => (
        <Row gutter={8} align="top" key={s.id}>
          <Col flex="150px" className="ohnet-testing-label">
            <Typography.Text type="secondary">{t('declarations.form.hazards.subCount', { name: t(`declarations.subCounts.${s.id}`) })}</Typography.Text>
          </Col>
          <Col flex="140px">
            <Form.Item name={[...base, 'subPoints', s.id, 'pointsTested']} style={{ marginBottom: 8 }}>
              <CountInput unit="points" aria-label={`${t(`declarations.subCounts.${s.id}`)} ${t('declarations.form.testing.pointsTested')}`} />
            </Form.Item>
          </Col>
          <Col flex="140px">
            <Form.Item name={[...base, 'subPoints', s.id, 'pointsOverLimit']} style={{ marginBottom: 8 }}>
              <CountInput unit="points" aria-label={`${t(`declarations.subCounts.${s.id}`)} ${t('declarations.form.testing.pointsOverLimit')}`} />
            </Form.Item>
          </Col>
        </Row>
      ))}
    </div>
  );
}

/**
 * 四、本年度检测情况: whether workplace testing was done this year; if so, the reports and, per
 * category marked 有, the points tested and over the limit.
 */
export function TestingSection({ editable }: TestingSectionProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<DeclarationContent>();
  const conducted = Form.useWatch(['testing', 'conducted'], { form, preserve: true });
  const reports = Form.useWatch(['testing', 'reports'], { form, preserve: true });
  const hazards = Form.useWatch('hazards', { form, preserve: true });
  const reportNumbers = (reports ?? []).map((r) => r?.reportNumber?.trim() ?? '').filter((n) => n !== '');
  const presentCategories = FORM_CATEGORIES.filter((c) => hazards?.[c]?.present === true);

  // 未检测 lists no reports (the validator refuses them): drop any with the answer.
  const handleConducted = (value: boolean) => {
    if (!value) form.setFieldValue(['testing', 'reports'], []);
  };

  return (
    <Card title={t('declarations.form.sections.testing')} className="ohnet-declaration-section" data-testid="decl-section-testing">
      <Row gutter={16}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name={['testing', 'year']} label={t('declarations.form.testing.year')}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} data-testid="decl-testing-year" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={10}>
          <Form.Item name={['testing', 'conducted']} label={t('declarations.form.testing.conducted')}>
            <YesNo testId="decl-testing-conducted" yes={t('declarations.form.testing.conductedYes')} no={t('declarations.form.testing.conductedNo')} onChange={handleConducted} />
          </Form.Item>
        </Col>
      </Row>
      {conducted ? (
        <>
          <Typography.Text strong>{t('declarations.form.testing.reports')}</Typography.Text>
          <div style={{ marginTop: 8 }}>
            <ReportsField name={['testing', 'reports']} editable={editable} testIdPrefix="decl-testing-report" />
          </div>
          <Typography.Text strong>{t('declarations.form.testing.points')}</Typography.Text>
          <Row gutter={8} className="ohnet-rows-header" style={{ marginTop: 8 }}>
            <Col flex="150px" />
            <Col flex="140px">
              <Typography.Text type="secondary">{t('declarations.form.testing.pointsTested')}</Typography.Text>
            </Col>
            <Col flex="140px">
              <Typography.Text type="secondary">{t('declarations.form.testing.pointsOverLimit')}</Typography.Text>
            </Col>
            <Col flex="1 1 0">
              <Typography.Text type="secondary">{t('declarations.form.testing.reportNumbers')}</Typography.Text>
            </Col>
          </Row>
          {presentCategories.length === 0 ? <Typography.Paragraph type="secondary">{t('declarations.form.testing.noCategories')}</Typography.Paragraph> : null}
          {presentCategories.map((c) => (
            <CategoryPoints key={c} category={c} reportNumbers={reportNumbers} />
          ))}
        </>
      ) : null}
    </Card>
  );
}
