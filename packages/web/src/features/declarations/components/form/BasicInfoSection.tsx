import { type DeclarationBasicInfo, EMPLOYER_ECONOMIC_TYPES, EMPLOYER_SIZE_CLASSES, validatePhone } from '@ohnet/domain';
import { Card, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { domainRule } from '../../../../shared/forms/domain-rule.ts';
import { RegionPicker } from '../../../regions/index.ts';
import { CountInput, YesNo } from './fields.tsx';

const COUNTS = ['fullTimeOhManagers', 'partTimeOhManagers', 'totalStaff', 'dispatchedWorkers', 'cumulativeOccupationalDiseaseCases'] as const;

/** 一、基本情况. Name, USCC and region come from the registry and are not edited on the form. */
export function BasicInfoSection() {
  const { t } = useTranslation();
  const label = (field: keyof DeclarationBasicInfo) => t(`declarations.form.basic.${field}`);
  return (
    <Card title={t('declarations.form.sections.basic')} className="ohnet-declaration-section" data-testid="decl-section-basic">
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form.Item name={['basic', 'employerName']} label={label('employerName')}>
            <Input disabled data-testid="decl-basic-employerName" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name={['basic', 'uscc']} label={label('uscc')}>
            <Input disabled style={{ fontFamily: 'monospace' }} data-testid="decl-basic-uscc" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name={['basic', 'registeredAddress']} label={label('registeredAddress')}>
            <Input maxLength={200} data-testid="decl-basic-registeredAddress" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name={['basic', 'workplaceAddress']} label={label('workplaceAddress')}>
            <Input maxLength={200} data-testid="decl-basic-workplaceAddress" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name={['basic', 'regionCode']} label={label('regionCode')}>
            <RegionPicker disabled allowClear={false} data-testid="decl-basic-regionCode" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name={['basic', 'industryCode']} label={label('industryCode')} normalize={(v: string | undefined) => v?.toUpperCase()}>
            <Input maxLength={8} style={{ fontFamily: 'monospace' }} data-testid="decl-basic-industryCode" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name={['basic', 'enterpriseSize']} label={label('enterpriseSize')}>
            <Select allowClear options={EMPLOYER_SIZE_CLASSES.map((s) => ({ value: s, label: t(`sizeClasses.${s}`) }))} data-testid="decl-basic-enterpriseSize" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name={['basic', 'economicType']} label={label('economicType')}>
            <Select allowClear options={EMPLOYER_ECONOMIC_TYPES.map((e) => ({ value: e, label: t(`economicTypes.${e}`) }))} data-testid="decl-basic-economicType" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name={['basic', 'legalRepresentative']} label={label('legalRepresentative')}>
            <Input maxLength={40} data-testid="decl-basic-legalRepresentative" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name={['basic', 'legalRepresentativePhone']} label={label('legalRepresentativePhone')} rules={[domainRule(validatePhone)]}>
            <Input maxLength={32} data-testid="decl-basic-legalRepresentativePhone" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name={['basic', 'ohManagerName']} label={label('ohManagerName')}>
            <Input maxLength={40} data-testid="decl-basic-ohManagerName" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name={['basic', 'ohManagerPhone']} label={label('ohManagerPhone')} rules={[domainRule(validatePhone)]}>
            <Input maxLength={32} data-testid="decl-basic-ohManagerPhone" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name={['basic', 'hasOhManagementBody']} label={label('hasOhManagementBody')}>
            <YesNo testId="decl-basic-hasOhManagementBody" />
          </Form.Item>
        </Col>
        {COUNTS.map((field) => (
          <Col xs={24} sm={12} lg={8} key={field}>
            <Form.Item name={['basic', field]} label={label(field)}>
              <CountInput data-testid={`decl-basic-${field}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
