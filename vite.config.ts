/**
 * The build: the universal script from this config, then every other output
 * from its own file in build/ (listed in the order they are written).
 */
import { defineConfig } from 'vite';
import { builderPage } from './build/builder';
import { dataFiles } from './build/data';
import { iframePage } from './build/iframe';
import { pictures } from './build/pictures';
import { languageScripts, scriptConfig } from './build/script';

const script = scriptConfig();

export default defineConfig({
  ...script,
  plugins: [
    ...(script.plugins ?? []),
    dataFiles(), // hk-data-pause.json, .csv, index.html (demo article)
    pictures(), // fallback SVGs, images/*.png
    iframePage(), // embed.html
    languageScripts(), // hk-data-pause.LANG.js, versioned copies of every script
    builderPage(), // builder.html (needs every script's hash)
  ],
  test: {
    include: [
      'src/**/*.test.ts',
      'data/**/*.test.ts',
      'scripts/**/*.test.ts',
      'build/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
  },
});
