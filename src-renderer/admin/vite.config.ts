import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devServer } from '../dev-proxy';
import { fontSubset } from '../font-subset';

/** The admin app is served by the store server under /admin/ (API.md, "Static apps"). */
export default defineConfig({
  root: import.meta.dirname,
  base: '/admin/',
  server: devServer(5174),
  plugins: [fontSubset({ keepIdeographs: false }), react()],
  build: {
    outDir: path.resolve(import.meta.dirname, '../../dist/renderer/admin'),
    emptyOutDir: true,
  },
});
