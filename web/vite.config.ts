// The web app's build: web/ → web/dist, served by `corroborate serve`. Everything is bundled: nothing is
// fetched from elsewhere at run time (no CDN, no fonts, no tiles).
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  publicDir: 'public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or data: URLs for assets: the server's Content-Security-Policy allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
  },
});
