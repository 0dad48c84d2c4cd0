import { Empty, Flex, Listy, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../shared/ui/ErrorDisplay.tsx';
import { useRegionSearch } from '../api.ts';
import { RegionLevelTag } from './RegionLevelTag.tsx';

const SEARCH_LIST_HEIGHT = 520;

export interface RegionSearchResultsProps {
  query: string;
  /** Search inside this region's subtree (null: nationwide). */
  within: string | null;
  selectedCode: string | null;
  onSelect: (code: string) => void;
}

export function RegionSearchResults({ query, within, selectedCode, onSelect }: RegionSearchResultsProps) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useRegionSearch(query, within);

  if (isPending) return <Skeleton active />;
  if (error) return <ErrorDisplay error={error} onRetry={() => void refetch()} />;
  if (data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('regions.noResults')} />;

  return (
    <div data-testid="regions-search-results">
      <Typography.Text type="secondary">{t('regions.searchResults')}</Typography.Text>
      <Listy
        items={data}
        rowKey="code"
        height={SEARCH_LIST_HEIGHT}
        itemRender={(region) => (
          <Flex
            role="button"
            tabIndex={0}
            justify="space-between"
            align="center"
            gap={8}
            onClick={() => onSelect(region.code)}
            onKeyDown={(event) => event.key === 'Enter' && onSelect(region.code)}
            className="ohnet-region-result"
            data-selected={region.code === selectedCode}
          >
            <div>
              <Typography.Text strong>{region.name}</Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {region.code} · {region.fullName}
              </Typography.Text>
            </div>
            <RegionLevelTag level={region.level} />
          </Flex>
        )}
      />
    </div>
  );
}
