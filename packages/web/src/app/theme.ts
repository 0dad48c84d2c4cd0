import type { ThemeConfig } from 'antd';

/** A sober government-system look: deep blue header, light navigation, compact corners. */
const BRAND_COLOR = '#1558b0';
const HEADER_BG = '#0b3a75';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_COLOR,
    colorInfo: BRAND_COLOR,
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: HEADER_BG, headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff', bodyBg: '#f0f2f5' },
    Menu: { itemBorderRadius: 2 },
    Table: { headerBg: '#f5f7fa' },
  },
};
