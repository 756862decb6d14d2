// The app's build: React, and the Casebook plugin that compiles the course
// (CASEBOOK_SCENARIOS, default scenarios/) into the bundle as data.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { casebook } from './src/vite/casebook-plugin';

export default defineConfig({
  plugins: [react(), casebook()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: true },
});
