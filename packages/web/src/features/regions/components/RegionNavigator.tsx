import { Card, Input } from 'antd';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionSearchResults } from './RegionSearchResults.tsx';
import { RegionTree } from './RegionTree.tsx';

export interface RegionNavigatorProps {
  rootCode: string | null;
  selectedCode: string | null;
  onSelect: (code: string) => void;
}

/** Search box over the tree: while a query is active its results replace the tree. */
export function RegionNavigator({ rootCode, selectedCode, onSelect }: RegionNavigatorProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    // Clearing the box brings the tree back at once; new searches run on Enter.
    if (event.target.value === '') setQuery('');
  };

  return (
    <Card title={t('regions.treeTitle')} styles={{ body: { paddingTop: 12 } }}>
      <Input.Search
        allowClear
        maxLength={40}
        placeholder={t('regions.searchPlaceholder')}
        onSearch={(value) => setQuery(value.trim())}
        onChange={handleChange}
        style={{ marginBottom: 12 }}
        data-testid="regions-search"
      />
      {query ? (
        <RegionSearchResults query={query} within={rootCode} selectedCode={selectedCode} onSelect={onSelect} />
      ) : (
        <RegionTree rootCode={rootCode} selectedCode={selectedCode} onSelect={onSelect} />
      )}
    </Card>
  );
}
