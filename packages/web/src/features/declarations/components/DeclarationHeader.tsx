import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../shared/format/index.ts';
import { declarationReceiptPath } from '../../../shared/routes.ts';
import type { DeclarationDetail } from '../api.ts';
import { DeclarationStateTag } from './DeclarationStateTag.tsx';

export interface DeclarationHeaderProps {
  declaration: DeclarationDetail;
}

/** Who declares what, where the declaration stands, and its receipt once accepted. */
export function DeclarationHeader({ declaration: d }: DeclarationHeaderProps) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="declaration-header">
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('declarations.fields.employer')}>{d.employerName}</Descriptions.Item>
        <Descriptions.Item label={t('declarations.fields.uscc')}>{d.uscc ? <Typography.Text code>{d.uscc}</Typography.Text> : t('common.empty')}</Descriptions.Item>
        <Descriptions.Item label={t('declarations.fields.region')}>{d.regionName ?? d.regionCode}</Descriptions.Item>
        <Descriptions.Item label={t('declarations.fields.kind')}>{t(`declarationKinds.${d.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>
          <DeclarationStateTag state={d.state} />
        </Descriptions.Item>
        <Descriptions.Item label={t('declarations.fields.submittedAt')}>{formatDateTime(d.submittedAt)}</Descriptions.Item>
        {d.state === 'accepted' ? (
          <>
            <Descriptions.Item label={t('declarations.fields.acceptedAt')}>{formatDateTime(d.acceptedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('declarations.fields.receiptNumber')}>
              <Typography.Text strong data-testid="declaration-receipt-number">
                {d.receiptNumber ?? t('common.empty')}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('declarations.receipt.title')}>
              <Link to={declarationReceiptPath(d.id)}>
                <Button size="small" icon={<PrinterOutlined />} data-testid="declaration-open-receipt">
                  {t('declarations.receipt.open')}
                </Button>
              </Link>
            </Descriptions.Item>
          </>
        ) : null}
      </Descriptions>
    </Card>
  );
}
