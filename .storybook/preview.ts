import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import { forStorybook } from './manifest.mjs';
import './preview.css';

// Docs tables (attributes, properties, slots, parts, CSS properties, events)
// come from the same manifest that ships in dist/, built from the JSDoc, with
// only public members and parts named `::part(x)` (see manifest.mjs).
setCustomElementsManifest(forStorybook(manifest));

const preview: Preview = {
  // A docs page per element: its stories, and tables of attributes, slots,
  // parts, CSS properties and events from the manifest.
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
    backgrounds: {
      options: {
        nhs: { name: 'NHS.UK page', value: '#f0f4f5' },
        white: { name: 'White', value: '#ffffff' },
      },
    },
  },
  initialGlobals: { backgrounds: { value: 'nhs' } },
};
export default preview;
