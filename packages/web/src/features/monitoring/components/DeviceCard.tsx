import { App, Button, Card, Col, Descriptions, Popconfirm, Progress, Row, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/api/errors.ts';
import { formatDateTime } from '../../../shared/format/index.ts';
import { type DeviceKey, type DeviceState, useIssueKey, useRetireDevice, useRevokeKey } from '../api.ts';
import { AlertKindTag } from './AlertKindTag.tsx';
import { DeviceChart } from './DeviceChart.tsx';

export interface DeviceCardProps {
  device: DeviceState;
  canManage: boolean;
  onKeyIssued: (code: string, secret: string) => void;
}

function digits(device: DeviceState): number {
  return device.factorKind === 'noise' ? 1 : 3;
}

/** One device: latest value, 15-minute average, rolling 8-hour value against the limit, open alerts, the 24-hour chart, and its keys. */
export function DeviceCard({ device, canManage, onKeyIssued }: DeviceCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const issue = useIssueKey();
  const revoke = useRevokeKey();
  const retire = useRetireDevice();
  const limits = device.limits;
  const rolling = device.rolling8h;
  // Share of the limit: for noise the sound energy (dose), 10^((L − 85)/10), since decibels are logarithmic.
  const share = limits && rolling ? (device.factorKind === 'noise' ? 10 ** ((rolling.value - limits.limit) / 10) : rolling.value / limits.limit) * 100 : null;
  const isOver = limits && rolling ? rolling.value > limits.limit : false;
  const fmt = (v: number) => v.toFixed(digits(device));
  const onError = (error: unknown) => void message.error(describeError(error));

  const handleIssue = () => issue.mutate({ deviceId: device.id, label: null }, { onSuccess: (r) => onKeyIssued(device.code, r.secret), onError });
  const handleRevoke = (key: DeviceKey) => revoke.mutate({ deviceId: device.id, keyId: key.id }, { onSuccess: () => void message.success(t('monitoring.keys.revoked')), onError });
  const handleRetire = () => retire.mutate(device.id, { onSuccess: () => void message.success(t('monitoring.retired')), onError });

  return (
    <Card
      data-testid={`monitoring-device-${device.code}`}
      title={
        <Space wrap>
          <span>{device.code}</span>
          <Tag>{t(`monitoring.kinds.${device.factorKind}`)}</Tag>
          <span>{device.factorName}</span>
          {device.status === 'retired' ? <Tag>{t('monitoring.statusRetired')}</Tag> : null}
          {device.openAlerts.map((a) => (
            <AlertKindTag key={a.id} kind={a.kind} />
          ))}
        </Space>
      }
      extra={
        canManage && device.status === 'active' ? (
          <Space>
            <Button size="small" onClick={handleIssue} loading={issue.isPending} data-testid={`monitoring-issue-key-${device.code}`}>
              {t('monitoring.keys.issue')}
            </Button>
            <Popconfirm title={t('monitoring.retireConfirm')} onConfirm={handleRetire}>
              <Button size="small" danger>
                {t('monitoring.retire')}
              </Button>
            </Popconfirm>
          </Space>
        ) : null
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Statistic title={t('monitoring.latest')} value={device.latest ? fmt(device.latest.value) : '—'} suffix={device.unit} />
          <Typography.Text type="secondary">{device.latest ? formatDateTime(device.latest.at) : t('monitoring.noData')}</Typography.Text>
        </Col>
        <Col xs={24} md={8}>
          <Statistic title={t('monitoring.mean15')} value={device.latest15min ? fmt(device.latest15min.mean) : '—'} suffix={device.unit} />
          <Typography.Text type="secondary">{device.latest15min ? formatDateTime(device.latest15min.bucketStart) : ''}</Typography.Text>
        </Col>
        <Col xs={24} md={8}>
          <Statistic
            title={t(limits?.metric === 'LEX8h' ? 'monitoring.rollingLex' : 'monitoring.rollingTwa')}
            value={rolling ? fmt(rolling.value) : '—'}
            suffix={limits ? `/ ${limits.limit} ${device.unit}` : device.unit}
            valueStyle={isOver ? { color: '#cf1322' } : undefined}
            data-testid={`monitoring-rolling-${device.code}`}
          />
          {share !== null ? <Progress percent={Math.min(100, Math.round(share))} status={isOver ? 'exception' : share > 50 ? 'active' : 'normal'} size="small" format={() => `${Math.round(share)}%`} /> : null}
          {rolling ? <Typography.Text type="secondary">{t('monitoring.covered', { minutes: rolling.coveredMinutes })}</Typography.Text> : null}
        </Col>
      </Row>
      <DeviceChart device={device} />
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('monitoring.post')}>{device.postName}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.location')}>{device.location ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.basis')} span={2}>
          {limits ? (
            <Space wrap>
              <span>
                {t('monitoring.limit')} {limits.limit} · {t('monitoring.actionLevel')} {limits.actionLevel} {device.unit}
              </span>
              <Typography.Text type="secondary">{limits.citation}</Typography.Text>
              {limits.verified ? null : (
                <Tooltip title={t('monitoring.unverifiedHint')}>
                  <Tag color="gold">{t('monitoring.unverified')}</Tag>
                </Tooltip>
              )}
            </Space>
          ) : (
            <Typography.Text type="warning">{device.limitsUnavailable}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      {canManage ? (
        <Table<DeviceKey>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={device.keys}
          title={() => t('monitoring.keys.title')}
          columns={[
            { title: t('monitoring.keys.prefix'), dataIndex: 'prefix', render: (p: string) => <Typography.Text code>{`ohk_${p}_…`}</Typography.Text> },
            { title: t('monitoring.keys.label'), dataIndex: 'label', render: (l: string | null) => l ?? '—' },
            { title: t('monitoring.keys.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
            { title: t('monitoring.keys.lastUsedAt'), dataIndex: 'lastUsedAt', render: (v: string | null) => (v ? formatDateTime(v) : '—') },
            {
              title: t('monitoring.keys.state'),
              key: 'state',
              render: (_: unknown, k) =>
                k.revokedAt ? (
                  <Tag>{t('monitoring.keys.revokedAt', { at: formatDateTime(k.revokedAt) })}</Tag>
                ) : (
                  <Popconfirm title={t('monitoring.keys.revokeConfirm')} onConfirm={() => handleRevoke(k)}>
                    <Button size="small" danger type="link">
                      {t('monitoring.keys.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      ) : null}
    </Card>
  );
}
