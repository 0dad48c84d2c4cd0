import { Flex, Spin } from 'antd';

export interface PageLoadingProps {
  /** Fill the whole viewport (app start) rather than the content area. */
  fullScreen?: boolean;
}

export function PageLoading({ fullScreen = false }: PageLoadingProps) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullScreen ? '100vh' : 320 }}>
      <Spin size="large" />
    </Flex>
  );
}
