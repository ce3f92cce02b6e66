// Bundles the preview page: the project's real components (the tsc output beside each .ts),
// the real Lightning base components, synthetic shadow, and the preview's stand-ins for the
// platform modules that exist only in an org (@salesforce/apex/*, labels, user Id, toast,
// navigation). The stand-ins live in preview/app/platform; Apex calls go to the local server.
import fs from 'node:fs';
import path from 'node:path';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import { PREVIEW_DIR, ROOT, LWC_DIR, readCustomLabels } from './project.mjs';
import { apexMethods } from './contract.mjs';
import { SURFACES } from '../app/surfaces.mjs';

const APP_DIR = path.join(PREVIEW_DIR, 'app');
const PLATFORM_DIR = path.join(APP_DIR, 'platform');
const VIRTUAL = '\0preview-virtual:';

/** The project's LWC bundles with compiled JavaScript: `c/<name>` → entry .js. */
export function compiledBundles() {
  if (!fs.existsSync(LWC_DIR)) return [];
  return fs
    .readdirSync(LWC_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => ({ name: d.name, entry: path.join(LWC_DIR, d.name, `${d.name}.js`) }))
    .filter((b) => fs.existsSync(b.entry));
}

/**
 * Resolves the org-only modules. Everything here is what the platform injects at run time; the
 * resolved code comes from preview/app/platform, so each stand-in is readable source.
 */
function platformModules({ labels, methods }) {
  const existing = new Set(compiledBundles().map((b) => `c/${b.name}`));
  return {
    name: 'why-preview-platform',
    resolveId(source) {
      if (
        source.startsWith('@salesforce/apex/') ||
        source === '@salesforce/apex' ||
        source.startsWith('@salesforce/label/c.') ||
        source === '@salesforce/user/Id' ||
        source === '@salesforce/user/isGuest' ||
        source.startsWith('@salesforce/customPermission/') ||
        source.startsWith('@salesforce/userPermission/') ||
        source === 'preview/surfaceComponents'
      ) {
        return VIRTUAL + source;
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const source = id.slice(VIRTUAL.length);
      const client = JSON.stringify(path.join(PLATFORM_DIR, 'apexClient.js'));
      const session = JSON.stringify(path.join(PLATFORM_DIR, 'session.js'));
      if (source === '@salesforce/apex') {
        return `export { refreshApex, getSObjectValue } from ${client};`;
      }
      if (source.startsWith('@salesforce/apex/')) {
        const name = source.slice('@salesforce/apex/'.length);
        const method = methods.get(name.toLowerCase());
        if (!method) {
          // The org refuses to save a component importing a method that is not @AuraEnabled.
          this.error(`${source}: no @AuraEnabled static method ${name} in force-app/**/classes`);
        }
        const options = JSON.stringify({ cacheable: method.cacheable });
        return `import { apexMethod } from ${client};\nexport default apexMethod(${JSON.stringify(method.name)}, ${options});`;
      }
      if (source.startsWith('@salesforce/label/c.')) {
        const name = source.slice('@salesforce/label/c.'.length);
        if (!labels.has(name)) {
          this.error(
            `${source}: no custom label "${name}" in force-app/main/default/labels/CustomLabels.labels-meta.xml (the org would reject this bundle too)`
          );
        }
        return `export default ${JSON.stringify(labels.get(name))};`;
      }
      if (source === '@salesforce/user/Id') {
        return `import { session } from ${session};\nexport default session.userId;`;
      }
      if (source === '@salesforce/user/isGuest') {
        return 'export default false;';
      }
      if (source.startsWith('@salesforce/customPermission/')) {
        const name = source.slice('@salesforce/customPermission/'.length);
        // The platform gives true when the user has it, undefined otherwise.
        return `import { session } from ${session};\nexport default session.customPermissions.includes(${JSON.stringify(name)}) ? true : undefined;`;
      }
      if (source.startsWith('@salesforce/userPermission/')) {
        const name = source.slice('@salesforce/userPermission/'.length);
        return `import { session } from ${session};\nexport default session.userPermissions.includes(${JSON.stringify(name)}) ? true : undefined;`;
      }
      if (source === 'preview/surfaceComponents') {
        // Only the components that exist are imported; a surface whose component is not built
        // yet shows a placeholder instead of failing the build.
        const wanted = [...new Set(SURFACES.map((s) => s.component))].filter((c) =>
          existing.has(c)
        );
        const lines = wanted.map((c, i) => `import C${i} from ${JSON.stringify(c)};`);
        lines.push(
          `export default { ${wanted.map((c, i) => `${JSON.stringify(c)}: C${i}`).join(', ')} };`
        );
        return lines.join('\n');
      }
      return null;
    }
  };
}

/** `import.meta.env.SSR` appears in base components; the browser build is never SSR. */
function noSsr() {
  return {
    name: 'why-preview-no-ssr',
    transform(code) {
      if (!code.includes('import.meta.env')) return null;
      return { code: code.replace(/import\.meta\.env\.SSR/g, 'false'), map: null };
    }
  };
}

/**
 * Builds the page bundle into outDir/app.js. Returns { file, bytes, ms, components }.
 * Rollup warnings are collected and returned; errors throw.
 */
export async function bundlePreview({ outDir }) {
  const started = Date.now();
  const labels = readCustomLabels();
  const components = compiledBundles();
  const warnings = [];
  const modules = [
    // The preview's own modules: the shell (preview/shell) and its helpers.
    { dir: path.join(APP_DIR, 'lwc') },
    { name: 'preview/surfaces', path: path.join(APP_DIR, 'surfaces.mjs') },
    // Stand-ins for the two platform modules lightning-base-components does not provide.
    { name: 'lightning/platformShowToastEvent', path: path.join(PLATFORM_DIR, 'toast.js') },
    { name: 'lightning/navigation', path: path.join(PLATFORM_DIR, 'navigation.js') },
    // The project's components, by their org names.
    ...components.map((b) => ({ name: `c/${b.name}`, path: b.entry })),
    { npm: 'lightning-base-components' }
  ];
  // Rollup's module cache, kept between runs: the ~1,000 base-component modules are compiled
  // once; a module is compiled again only when its source (or a virtual module) changes.
  const cacheFile = path.join(outDir, 'rollup-cache.json');
  let cache;
  try {
    cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  } catch {
    cache = undefined;
  }
  const bundle = await rollup({
    input: path.join(APP_DIR, 'main.js'),
    cache,
    plugins: [
      platformModules({ labels, methods: apexMethods() }),
      noSsr(),
      lwc({ rootDir: APP_DIR, modules, enableDynamicComponents: true })
    ],
    onwarn(warning) {
      // A module nobody provides would be a runtime failure in the page: stop here instead.
      if (warning.code === 'UNRESOLVED_IMPORT') {
        throw new Error(
          `${warning.message}\nThe org provides this module but the preview does not: add a stand-in to preview/app (see preview/README.md).`
        );
      }
      // Base components trigger a few benign ones (circular imports, `this` at top level).
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      warnings.push(warning.message);
    }
  });
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(cacheFile, JSON.stringify(bundle.cache));
  const file = path.join(outDir, 'app.js');
  await bundle.write({
    file,
    format: 'iife',
    name: 'whyApiOnlyPreview',
    sourcemap: false,
    // Some base components load parts with import(): one file keeps the page simple.
    inlineDynamicImports: true
  });
  await bundle.close();
  return {
    file,
    bytes: fs.statSync(file).size,
    ms: Date.now() - started,
    components: components.map((b) => `c/${b.name}`),
    warnings
  };
}

export { ROOT };
