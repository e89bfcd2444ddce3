// The Custom Elements Manifest: one place for its settings (npm run analyze and the build read it).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
};
