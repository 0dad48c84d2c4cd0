import { EditOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/api/errors.ts';
import { formatDateTime } from '../../../shared/format/index.ts';
import { type Post, type PostHazard, useSetPostActive } from '../api.ts';
import { HazardCategoryTags } from './HazardCategoryTags.tsx';

export interface PostTableProps {
  employerId: string;
  posts: Post[];
  /** Absent when the user may not change posts. */
  onCreate?: () => void;
  onImport?: () => void;
  onEdit?: (post: Post) => void;
}

interface HazardListProps {
  hazards: PostHazard[];
}

function HazardList({ hazards }: HazardListProps) {
  const { t } = useTranslation();
  if (hazards.length === 0) return <Typography.Text type="secondary">{t('employers.posts.noHazards')}</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {hazards.map((h) => (
        <Flex key={h.factorName} gap={8} align="center" wrap>
          <HazardCategoryTags categories={h.category ? [h.category] : []} />
          <Typography.Text>{h.factorName}</Typography.Text>
          <Typography.Text type="secondary">
            {t('employers.posts.exposedSummary', { count: h.exposedCount })}
            {h.dispatchedExposedCount ? t('employers.posts.dispatchedSummary', { count: h.dispatchedExposedCount }) : null}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/** 岗位与危害因素: every post with its factors and exposed workers; posts are deactivated, never deleted. */
export function PostTable({ employerId, posts, onCreate, onImport, onEdit }: PostTableProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const setActive = useSetPostActive(employerId);

  const handleToggle = (post: Post) => {
    const isActive = !post.isActive;
    modal.confirm({
      title: isActive ? t('employers.posts.activate') : t('employers.posts.deactivate'),
      content: isActive ? t('employers.posts.activateConfirm', { name: post.name }) : t('employers.posts.deactivateConfirm', { name: post.name }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: !isActive },
      onOk: async () => {
        try {
          await setActive.mutateAsync({ postId: post.id, isActive });
          void message.success(isActive ? t('employers.posts.activated') : t('employers.posts.deactivated'));
        } catch (error) {
          void message.error(describeError(error));
        }
      },
    });
  };

  const columns: TableColumnsType<Post> = [
    { key: 'name', title: t('employers.posts.fields.name'), width: 160, render: (_, p) => <Typography.Text strong>{p.name}</Typography.Text> },
    { key: 'workplaceName', title: t('employers.posts.fields.workplaceName'), width: 160, render: (_, p) => p.workplaceName ?? t('common.empty') },
    { key: 'hazards', title: t('employers.posts.fields.hazards'), render: (_, p) => <HazardList hazards={p.hazards} /> },
    {
      key: 'status',
      title: t('common.status'),
      width: 90,
      render: (_, p) => (p.isActive ? <Tag color="success">{t('employers.posts.active')}</Tag> : <Tag>{t('employers.posts.inactive')}</Tag>),
    },
    { key: 'updatedAt', title: t('employers.posts.fields.updatedAt'), width: 170, render: (_, p) => formatDateTime(p.updatedAt) },
  ];
  if (onEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 150,
      render: (_, p) => (
        <Space size={4}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(p)} data-testid={`post-edit-${p.id}`}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" danger={p.isActive} onClick={() => handleToggle(p)} data-testid={`post-toggle-${p.id}`}>
            {p.isActive ? t('employers.posts.deactivate') : t('employers.posts.activate')}
          </Button>
        </Space>
      ),
    });
  }

  return (
    <Card
      title={t('employers.posts.title')}
      extra={
        <Flex gap={8}>
          {onImport ? (
            <Button icon={<ImportOutlined />} onClick={onImport} data-testid="posts-import">
              {t('employers.posts.importButton')}
            </Button>
          ) : null}
          {onCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="post-create">
              {t('employers.posts.create')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      <Table<Post>
        data-testid="posts-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={[...posts].sort((a, b) => Number(b.isActive) - Number(a.isActive))}
        pagination={false}
        rowClassName={(p) => (p.isActive ? '' : 'ohnet-row-inactive')}
        scroll={{ x: 960 }}
      />
    </Card>
  );
}
