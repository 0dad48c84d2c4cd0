import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Card, Col, Empty, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { RowsHeader } from '../../../../shared/ui/RowsHeader.tsx';

export interface ProductsSectionProps {
  editable: boolean;
}

const MAX_PRODUCTS = 30;

/** 二、主要产品: name, annual output and its unit. */
export function ProductsSection({ editable }: ProductsSectionProps) {
  const { t } = useTranslation();
  const units = t('declarations.form.products.unitSuggestions').split(',');
  return (
    <Card title={t('declarations.form.sections.products')} className="ohnet-declaration-section" data-testid="decl-section-products">
      <Form.List name="products">
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('declarations.form.products.empty')} /> : null}
            {fields.length > 0 ? (
              <RowsHeader columns={[{ label: t('declarations.form.products.name'), flex: '1 1 0' }, { label: t('declarations.form.products.annualOutput'), flex: '180px' }, { label: t('declarations.form.products.unit'), flex: '140px' }]} actionWidth={editable ? '32px' : null} />
            ) : null}
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} wrap={false} align="top">
                <Col flex="1 1 0" style={{ minWidth: 0 }}>
                  <Form.Item name={[field.name, 'name']} style={{ marginBottom: 12 }}>
                    <Input maxLength={80} aria-label={`${t('declarations.form.products.name')} ${index + 1}`} data-testid={`decl-product-name-${index}`} />
                  </Form.Item>
                </Col>
                <Col flex="180px">
                  <Form.Item name={[field.name, 'annualOutput']} style={{ marginBottom: 12 }}>
                    <InputNumber min={0} style={{ width: '100%' }} aria-label={`${t('declarations.form.products.annualOutput')} ${index + 1}`} data-testid={`decl-product-output-${index}`} />
                  </Form.Item>
                </Col>
                <Col flex="140px">
                  <Form.Item name={[field.name, 'unit']} style={{ marginBottom: 12 }}>
                    <AutoComplete options={units.map((u) => ({ value: u }))} aria-label={`${t('declarations.form.products.unit')} ${index + 1}`} data-testid={`decl-product-unit-${index}`} />
                  </Form.Item>
                </Col>
                {editable ? (
                  <Col flex="32px">
                    <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.removeRow')} onClick={() => remove(field.name)} />
                  </Col>
                ) : null}
              </Row>
            ))}
            {editable ? (
              <Button type="dashed" block icon={<PlusOutlined />} disabled={fields.length >= MAX_PRODUCTS} onClick={() => add({ name: '', annualOutput: null, unit: '' })} data-testid="decl-product-add">
                {t('declarations.form.products.add')}
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
    </Card>
  );
}
