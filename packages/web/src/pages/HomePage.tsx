import { Col, Row } from 'antd';
import { useSession } from '../features/auth/index.ts';
import { EmployerObligationsCard } from '../features/obligations/index.ts';
import { CapabilitiesCard, GreetingCard, OrganisationCountsCard, TodosCard, UpcomingModulesCard } from '../features/home/index.ts';
import { WarningsSummaryCard } from '../features/warnings/index.ts';

export function HomePage() {
  const { can, session } = useSession();
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <GreetingCard />
      </Col>
      {can('warning:read') ? (
        <Col span={24}>
          <WarningsSummaryCard />
        </Col>
      ) : null}
      {session.organisation.type === 'employer' ? (
        <Col span={24}>
          <EmployerObligationsCard />
        </Col>
      ) : null}
      <Col xs={24} xl={12}>
        <TodosCard />
      </Col>
      <Col xs={24} xl={12}>
        <CapabilitiesCard />
      </Col>
      {can('organisation:read') ? (
        <Col xs={24} xl={12}>
          <OrganisationCountsCard />
        </Col>
      ) : null}
      <Col xs={24} xl={12}>
        <UpcomingModulesCard />
      </Col>
    </Row>
  );
}
