import { RightOutlined } from '@ant-design/icons';
import { Badge, Card, Empty, Flex, Listy, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { translateDynamic } from '../../../shared/i18n/index.ts';
import { ErrorDisplay } from '../../../shared/ui/ErrorDisplay.tsx';
import { type HomeTodo, useHome } from '../api.ts';

function TodoItem({ todo }: { todo: HomeTodo }) {
  const { t } = useTranslation();
  const label = translateDynamic(`todos.${todo.key}`, t('home.todoUnknown', { key: todo.key }));
  return (
    <Link to={todo.href} data-testid={`todo-${todo.key}`}>
      <Flex justify="space-between" align="center" gap={12}>
        <span style={{ flex: 1 }}>{label}</span>
        <Badge count={todo.count} showZero color={todo.severity === 'warning' && todo.count > 0 ? '#fa541c' : '#1558b0'} overflowCount={9999} />
        <RightOutlined style={{ color: '#bfbfbf', fontSize: 12 }} />
      </Flex>
    </Link>
  );
}

export function TodosCard() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useHome();

  const renderBody = () => {
    if (isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
    if (error) return <ErrorDisplay error={error} onRetry={() => void refetch()} />;
    if (data.todos.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.todosEmpty')} />;
    return <Listy items={data.todos} rowKey="key" itemRender={(todo) => <TodoItem todo={todo} />} />;
  };

  return (
    <Card title={t('home.todosTitle')} data-testid="home-todos" style={{ height: '100%' }}>
      {renderBody()}
    </Card>
  );
}
