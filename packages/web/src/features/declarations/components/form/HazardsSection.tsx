import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type DeclarationContent, type DeclarationFactorRow, type HazardFactorCategory, declarationSubCountsOf } from '@ohnet/domain';
import { Button, Card, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FORM_CATEGORIES } from '../../declaration-content.ts';
import { CountInput, YesNo } from './fields.tsx';

export interface HazardsSectionProps {
  editable: boolean;
}

const MAX_FACTORS = 100;

interface CategoryBlockProps {
  category: HazardFactorCategory;
  ordinal: number;
  /** Indexes (in `factors`) of the rows of this category. */
  rows: number[];
  editable: boolean;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/**
 * One row of 职业病危害因素分布: the factor, its exposed workers (repeatable count) and the posts. Rows
 * are fields of `factors` by index (no Form.List: its name prefix would also capture the category
 * fields that sit between the rows).
 */
interface FactorRowProps {
  index: number;
  editable: boolean;
  onRemove: (index: number) => void;
}

function FactorRow({ index: n, editable, onRemove }: FactorRowProps) {
  const { t } = useTranslation();
  return (
    <Row gutter={8} wrap={false} align="top">
      <Col flex="1 1 0" style={{ minWidth: 0 }}>
        <Form.Item name={['factors', n, 'factorName']} style={{ marginBottom: 12 }}>
          <Input maxLength={120} aria-label={t('declarations.form.factors.factorName')} data-testid={`decl-factor-name-${n}`} />
        </Form.Item>
      </Col>
      <Col flex="140px">
        <Form.Item name={['factors', n, 'exposedCount']} style={{ marginBottom: 12 }}>
          <CountInput aria-label={t('declarations.form.factors.exposedCount')} data-testid={`decl-factor-exposed-${n}`} />
        </Form.Item>
      </Col>
      <Col flex="1 1 0" style={{ minWidth: 0 }}>
        <Form.Item name={['factors', n, 'posts']} style={{ marginBottom: 12 }}>
          <Select mode="tags" open={false} suffixIcon={null} aria-label={t('declarations.form.factors.posts')} placeholder={t('declarations.form.factors.postsPlaceholder')} data-testid={`decl-factor-posts-${n}`} />
        </Form.Item>
      </Col>
      {editable ? (
        <Col flex="32px">
          <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.removeRow')} onClick={() => onRemove(n)} />
        </Col>
      ) : null}
    </Row>
  );
}

/** （一）粉尘 …: 有/无, exposed workers, the named sub-counts, and the factor rows of the category. */
function CategoryBlock({ category, ordinal, rows, editable, onAdd, onRemove }: CategoryBlockProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<DeclarationContent>();
  const present = Form.useWatch(['hazards', category, 'present'], { form, preserve: true });
  const named = declarationSubCountsOf(category);

  // 无 means nobody exposed (the validator wants zeros): clear the counts with the answer.
  const handlePresent = (value: boolean) => {
    if (value) return;
    const subCounts = Object.fromEntries(named.map((s) => [s.id, 0]));
    form.setFieldsValue({ hazards: { [category]: { present: false, exposedCount: 0, subCounts } } });
  };

  return (
    <div className="ohnet-hazard-category" data-testid={`decl-hazard-${category}`} data-present={present === undefined || present === null ? 'unset' : String(present)}>
      <Flex align="center" justify="space-between" wrap gap={8} className="ohnet-hazard-category-head">
        <Typography.Text strong>{t('declarations.form.hazards.categoryTitle', { ordinal: t('declarations.form.ordinals').split(',')[ordinal - 1] ?? String(ordinal), name: t(`hazardCategories.${category}`) })}</Typography.Text>
        <Form.Item name={['hazards', category, 'present']} style={{ marginBottom: 0 }}>
          <YesNo testId={`decl-hazard-${category}-present`} onChange={handlePresent} />
        </Form.Item>
      </Flex>
      {present ? (
        <div className="ohnet-hazard-category-body">
          <Row gutter={16}>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item name={['hazards', category, 'exposedCount']} label={t('declarations.form.hazards.exposedCount')}>
                <CountInput data-testid={`decl-hazard-${category}-exposed`} />
              </Form.Item>
            </Col>
            {named.map((s) => (
              <Col xs={24} sm={12} lg={6} key={s.id}>
                <Form.Item name={['hazards', category, 'subCounts', s.id]} label={t('declarations.form.hazards.subCount', { name: t(`declarations.subCounts.${s.id}`) })}>
                  <CountInput data-testid={`decl-hazard-${category}-sub-${s.id}`} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          {rows.length > 0 ? (
            <Row gutter={8} className="ohnet-rows-header">
              <Col flex="1 1 0">
                <Typography.Text type="secondary">{t('declarations.form.factors.factorName')}</Typography.Text>
              </Col>
              <Col flex="140px">
                <Typography.Text type="secondary">{t('declarations.form.factors.exposedCount')}</Typography.Text>
              </Col>
              <Col flex="1 1 0">
                <Typography.Text type="secondary">{t('declarations.form.factors.posts')}</Typography.Text>
              </Col>
              {editable ? <Col flex="32px" /> : null}
            </Row>
          ) : (
            <Typography.Paragraph type="secondary">{t('declarations.form.factors.none')}</Typography.Paragraph>
          )}
          {rows.map((index) => (
            <FactorRow key={index} index={index} editable={editable} onRemove={onRemove} />
          ))}
          {editable ? (
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={onAdd} data-testid={`decl-hazard-${category}-add`}>
              {t('declarations.form.factors.add')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {present === null || present === undefined ? (
        <Typography.Paragraph type="secondary" className="ohnet-hazard-category-body" style={{ marginBottom: 0 }}>
          {t('declarations.form.hazards.answerPresent')}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}

/** Factor rows whose category is unknown (an old draft, an unresolved name): shown apart with a category to choose. */
interface UncategorisedRowsProps {
  rows: number[];
  editable: boolean;
  onRemove: (index: number) => void;
}

function UncategorisedRows({ rows, editable, onRemove }: UncategorisedRowsProps) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <div className="ohnet-hazard-category" data-testid="decl-hazard-uncategorised">
      <Typography.Text strong>{t('declarations.form.factors.uncategorised')}</Typography.Text>
      {rows.map((index) => (
        <Flex key={index} gap={8} align="start" style={{ marginTop: 8 }}>
          <Form.Item name={['factors', index, 'category']} style={{ marginBottom: 0, width: 160 }}>
            <Select options={FORM_CATEGORIES.map((c) => ({ value: c, label: t(`hazardCategories.${c}`) }))} placeholder={t('declarations.form.factors.category')} />
          </Form.Item>
          <div style={{ flex: 1, minWidth: 0 }}>
            <FactorRow index={index} editable={editable} onRemove={onRemove} />
          </div>
        </Flex>
      ))}
    </div>
  );
}

/**
 * 三、职业病危害因素: 接触职业病危害总人数, then the six categories of the 2015 catalogue. The factor
 * rows are one list (`factors`), shown under the category each row belongs to.
 */
export function HazardsSection({ editable }: HazardsSectionProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<DeclarationContent>();
  const factors = Form.useWatch('factors', { form, preserve: true }) ?? [];
  const indexesOf = (category: HazardFactorCategory | null) => factors.flatMap((row, i) => ((row?.category ?? null) === category ? [i] : []));

  const handleAdd = (category: HazardFactorCategory) => {
    const current: readonly DeclarationFactorRow[] = form.getFieldValue('factors') ?? [];
    if (current.length >= MAX_FACTORS) return;
    form.setFieldValue('factors', [...current, { factorId: null, factorName: '', category, exposedCount: null, posts: [] } satisfies DeclarationFactorRow]);
  };
  const handleRemove = (index: number) => {
    const current: readonly DeclarationFactorRow[] = form.getFieldValue('factors') ?? [];
    form.setFieldValue(
      'factors',
      current.filter((_, i) => i !== index),
    );
  };

  return (
    <Card title={t('declarations.form.sections.hazards')} className="ohnet-declaration-section" data-testid="decl-section-hazards">
      <Row gutter={16}>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name={['basic', 'totalExposedWorkers']} label={t('declarations.form.basic.totalExposedWorkers')} tooltip={t('declarations.form.hazards.totalHelp')}>
            <CountInput data-testid="decl-basic-totalExposedWorkers" />
          </Form.Item>
        </Col>
      </Row>
      <Flex vertical gap={12}>
        {FORM_CATEGORIES.map((category, i) => (
          <CategoryBlock key={category} category={category} ordinal={i + 1} rows={indexesOf(category)} editable={editable} onAdd={() => handleAdd(category)} onRemove={handleRemove} />
        ))}
        <UncategorisedRows rows={indexesOf(null)} editable={editable} onRemove={handleRemove} />
      </Flex>
    </Card>
  );
}
