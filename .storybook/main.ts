import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The example feed, at the same relative address as in the tests and the demo.
  staticDirs: [{ from: '../demo', to: '/demo' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own chunks are large; that says nothing about our bundle.
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 4000 } }),
};
export default config;
