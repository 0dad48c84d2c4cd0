import { Col, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/index.ts';
import { RegionDetailCard, RegionNavigator } from '../features/regions/index.ts';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

export function RegionsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const rootCode = session.scope.rootRegionCode;
  const [selectedCode, setSelectedCode] = useState<string | null>(rootCode);

  return (
    <>
      <PageHeader title={t('regions.title')} subtitle={t('regions.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xxl={8}>
          <RegionNavigator rootCode={rootCode} selectedCode={selectedCode} onSelect={setSelectedCode} />
        </Col>
        <Col xs={24} lg={14} xxl={16}>
          <RegionDetailCard code={selectedCode} onSelect={setSelectedCode} />
        </Col>
      </Row>
    </>
  );
}
