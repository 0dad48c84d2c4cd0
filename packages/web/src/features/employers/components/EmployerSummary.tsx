import { Alert, Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EmployerDetail } from '../api.ts';
import { HazardCategoryTags } from './HazardCategoryTags.tsx';
import { HazardClassTag } from './HazardClassTag.tsx';
import { IndustryText } from './IndustryText.tsx';

export interface EmployerSummaryProps {
  employer: EmployerDetail;
}

/** The registry facts of an employer and its derived hazard class, above the tabs. */
export function EmployerSummary({ employer }: EmployerSummaryProps) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="employer-summary">
      {employer.hasProfile ? null : <Alert type="warning" showIcon title={t('employers.profileMissingAlert')} style={{ marginBottom: 12 }} data-testid="employer-profile-missing" />}
      <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} styles={{ label: { width: 150 } }}>
        <Descriptions.Item label={t('employers.fields.uscc')}>{employer.uscc ? <Typography.Text code>{employer.uscc}</Typography.Text> : t('common.empty')}</Descriptions.Item>
        <Descriptions.Item label={t('employers.fields.region')}>{employer.regionName ?? employer.regionCode}</Descriptions.Item>
        <Descriptions.Item label={t('employers.fields.industry')}>
          <IndustryText code={employer.industryCode} section={employer.industrySection} />
        </Descriptions.Item>
        <Descriptions.Item label={t('employers.fields.hazardClass')} span={{ xs: 1, md: 2, xl: 2 }}>
          {employer.hasProfile ? (
            <span data-testid="employer-hazard-class">
              <HazardClassTag employer={employer} long />
              {employer.hazardClassCitation ? (
                <Typography.Text type="secondary" className="ohnet-citation" style={{ display: 'block', marginTop: 4 }}>
                  {t('hazardClasses.citation', { citation: employer.hazardClassCitation })}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary" className="ohnet-citation" style={{ display: 'block', marginTop: 4 }}>
                  {t('hazardClasses.notCovered')}
                </Typography.Text>
              )}
            </span>
          ) : (
            t('common.empty')
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('employers.fields.hazardCategories')}>
          <HazardCategoryTags categories={employer.hazardCategories} />
        </Descriptions.Item>
        <Descriptions.Item label={t('employers.fields.exposedWorkers')}>{t('common.personCount', { count: employer.exposedWorkers })}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
