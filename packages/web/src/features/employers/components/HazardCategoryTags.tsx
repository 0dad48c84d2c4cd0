import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { hazardCategoryIdOf } from '../employer-options.ts';

export interface HazardCategoryTagsProps {
  /** Category names as the API sends them (粉尘, 物理因素 …). */
  categories: readonly string[];
}

const COLORS: Record<string, string> = { dust: 'orange', chemical: 'purple', physical: 'cyan', radioactive: 'magenta', biological: 'green', other: 'default' };

export function HazardCategoryTags({ categories }: HazardCategoryTagsProps) {
  const { t } = useTranslation();
  if (categories.length === 0) return <>{t('common.empty')}</>;
  return (
    <Flex wrap gap={4}>
      {categories.map((name) => {
        const id = hazardCategoryIdOf(name);
        return (
          <Tag key={name} color={id ? COLORS[id] : undefined} style={{ marginInlineEnd: 0 }}>
            {id ? t(`hazardCategories.${id}`) : name}
          </Tag>
        );
      })}
    </Flex>
  );
}
