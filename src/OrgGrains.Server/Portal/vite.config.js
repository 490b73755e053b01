import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built by the server project (OrgGrains.Server.csproj, target BundlePortal) into dist/, which the
// server embeds and serves at / (SPA fallback). Nothing is loaded from elsewhere at run time.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev` against a server started with `dotnet run --project src/OrgGrains.Server`.
    proxy: { '/graphql': { target: 'http://127.0.0.1:5080', ws: true } },
  },
});
