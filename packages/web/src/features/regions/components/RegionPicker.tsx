import { TreeSelect } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/index.ts';
import { type Region, useRegionDetail } from '../api.ts';
import { buildRegionNodes, useRegionTree, withRegionPath } from '../use-region-tree.ts';

interface RegionOption {
  value: string;
  title: string;
  /** Shown in the box once selected: the full name (广东省江门市台山市). */
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
}

export interface RegionPickerProps {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  id?: string;
  'data-testid'?: string;
}

/** The part of a region's path that lies below the scope root (the root itself included). */
function pathBelowRoot(region: { ancestors: Region[] } & Region, rootCode: string | null): Region[] {
  const path = [...region.ancestors, region];
  if (!rootCode) return path;
  const rootIndex = path.findIndex((r) => r.code === rootCode);
  return rootIndex < 0 ? [] : path.slice(rootIndex + 1);
}

/**
 * Chooses a region code inside the user's jurisdiction (the tree starts at the scope root and
 * loads each level on demand). Works as a controlled antd Form field.
 */
export function RegionPicker({ value, onChange, placeholder, allowClear = true, disabled, style, id, 'data-testid': testId }: RegionPickerProps) {
  const { t } = useTranslation();
  const { session } = useSession();
  const rootCode = session.scope.rootRegionCode;
  const tree = useRegionTree(rootCode);
  const selected = useRegionDetail(value ?? null);

  const childrenOf = selected.data ? withRegionPath(tree.childrenOf, pathBelowRoot(selected.data, rootCode)) : tree.childrenOf;
  const treeData = buildRegionNodes<RegionOption>(tree.roots, childrenOf, (region, children) => ({
    value: region.code,
    title: region.name,
    label: region.fullName,
    isLeaf: region.childCount === 0,
    ...(children ? { children } : {}),
  }));

  return (
    <TreeSelect<string>
      id={id}
      data-testid={testId}
      value={value ?? undefined}
      onChange={(code) => onChange?.(code ?? undefined)}
      treeData={treeData}
      loadData={(node) => tree.loadChildren(String(node.value))}
      treeLoadedKeys={tree.loadedCodes}
      treeDefaultExpandedKeys={rootCode ? [rootCode] : []}
      treeNodeLabelProp="label"
      treeNodeFilterProp="title"
      showSearch
      allowClear={allowClear}
      disabled={disabled}
      loading={tree.isPending}
      placeholder={placeholder ?? t('regions.pickerPlaceholder')}
      popupMatchSelectWidth={false}
      listHeight={360}
      style={style}
    />
  );
}
