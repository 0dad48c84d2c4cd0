import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API_TARGET = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The ECharts chunk (~510 kB minified, ~175 kB gzip) is above Vite's default warning size; it
    // loads only with the home page's organisation chart, never with the login route.
    chunkSizeWarningLimit: 600,
  },
});
