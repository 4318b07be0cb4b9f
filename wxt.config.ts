import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Report Lens · 报告透镜',
    description:
      'Tags the figures and targets of Chinese government reports where you read them; clip and compare them, all in your browser.',
    // storage: the reader's switches (lib/settings.ts); scripting: the content script of pages the
    // reader asked to have read, and running it into the tab on the click; contextMenus: the page's
    // "read this page" item (lib/background/read-pages.ts). The hosts are the content script's own:
    // scripting needs them as host permissions (no new install warning).
    permissions: ['storage', 'scripting', 'contextMenus'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // the content script is the small gate (entrypoints/content-gate.ts) ...
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content-gate.js'], run_at: 'document_idle' }],
    // ... which imports the Lens on report pages only (entrypoints/content-lens), and frames the editor
    // there (entrypoints/editor: what the reader types stays out of the page's reach); dynamic URLs, so
    // pages cannot probe for them
    web_accessible_resources: [
      { resources: ['content-lens.js', 'editor.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ],
    // Firefox: a stable id (storage and IndexedDB belong to it) and the statement that nothing is collected
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'report-lens@report-lens.invalid',
          strict_min_version: '115.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
