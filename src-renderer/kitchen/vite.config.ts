import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devServer } from '../dev-proxy';
import { fontSubset } from '../font-subset';

/** The kitchen board: served by the store server at /kitchen/ from dist/renderer/kitchen. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/kitchen/',
  server: devServer(5175),
  plugins: [fontSubset({ keepIdeographs: false }), react()],
  build: {
    outDir: path.resolve(import.meta.dirname, '../../dist/renderer/kitchen'),
    emptyOutDir: true,
  },
});
