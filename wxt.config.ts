import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Report Lens · 报告透镜',
    description: 'Tags the figures and targets of Chinese government reports where you read them; clip and compare them, all in your browser.',
  },
});
