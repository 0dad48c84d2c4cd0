import { Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { type Key, useState } from 'react';
import { ErrorDisplay } from '../../../shared/ui/ErrorDisplay.tsx';
import { PageLoading } from '../../../shared/ui/PageLoading.tsx';
import { buildRegionNodes, useRegionTree } from '../use-region-tree.ts';

const TREE_HEIGHT = 560;

export interface RegionTreeProps {
  /** The scope root (null: all provinces). */
  rootCode: string | null;
  selectedCode: string | null;
  onSelect: (code: string) => void;
}

/** Lazily loaded tree: each node fetches its children when first expanded. */
export function RegionTree({ rootCode, selectedCode, onSelect }: RegionTreeProps) {
  const tree = useRegionTree(rootCode);
  const [expandedKeys, setExpandedKeys] = useState<string[]>(rootCode ? [rootCode] : []);

  if (tree.isPending) return <PageLoading />;
  if (tree.error) return <ErrorDisplay error={tree.error} onRetry={tree.retry} />;

  const treeData = buildRegionNodes<TreeDataNode>(tree.roots, tree.childrenOf, (region, children) => ({
    key: region.code,
    title: (
      <span>
        {region.name}
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
          {region.code}
        </Typography.Text>
      </span>
    ),
    isLeaf: region.childCount === 0,
    ...(children ? { children } : {}),
  }));

  const handleSelect = (keys: Key[]) => {
    const [key] = keys;
    if (key !== undefined) onSelect(String(key));
  };

  return (
    <Tree
      data-testid="regions-tree"
      blockNode
      showLine
      height={TREE_HEIGHT}
      treeData={treeData}
      loadData={(node) => tree.loadChildren(String(node.key))}
      loadedKeys={tree.loadedCodes}
      expandedKeys={expandedKeys}
      onExpand={(keys) => setExpandedKeys(keys.map(String))}
      selectedKeys={selectedCode ? [selectedCode] : []}
      onSelect={handleSelect}
    />
  );
}
