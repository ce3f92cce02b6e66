// Bundles the preview page: the project's real components (the tsc output beside each .ts),
// the real Lightning base components, synthetic shadow, and the preview's stand-ins for the
// platform modules that exist only in an org (@salesforce/apex/*, labels, user Id, toast,
// navigation). The stand-ins live in preview/app/platform; Apex calls go to the local server.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import ts from 'typescript';
import { PREVIEW_DIR, ROOT, LWC_DIR, readCustomLabels } from './project.mjs';
import { apexMethods } from './contract.mjs';
import { SURFACES } from '../app/surfaces.mjs';

const APP_DIR = path.join(PREVIEW_DIR, 'app');
const PLATFORM_DIR = path.join(APP_DIR, 'platform');
const VIRTUAL = '\0preview-virtual:';
const ENTRY_FILE = 'main.js';

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
function platformModules({ labels, methods, imported }) {
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
        source === '@salesforce/i18n/timeZone' ||
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
        imported.add(method.name);
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
      if (source === '@salesforce/i18n/timeZone') {
        return `import { session } from ${session};\nexport default session.timeZone;`;
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
        // yet shows a placeholder instead of failing the build. Each is loaded when its surface
        // shows (as Lightning loads a page's components), so the panel's page does not wait
        // for the editor's datatable and tabs.
        const wanted = [...new Set(SURFACES.map((s) => s.component))].filter((c) =>
          existing.has(c)
        );
        const loaders = wanted.map(
          (c) => `${JSON.stringify(c)}: () => import(${JSON.stringify(c)}).then((m) => m.default)`
        );
        return `export default { ${loaders.join(', ')} };`;
      }
      return null;
    }
  };
}

/**
 * Right-to-left icon sets resolve to their left-to-right twins. The base components pick a set by
 * `@salesforce/i18n/dir`, which their own stand-in fixes to 'ltr': the mirrored sets can never
 * load here, yet compiling them was 1,737 of the page's ~4,750 modules (~4 of ~40 CPU-seconds).
 */
function leftToRightIcons() {
  const RTL_SET = /^lightning\/(iconSvgTemplates[A-Za-z]*)Rtl$/;
  return {
    name: 'why-preview-ltr-icons',
    resolveId(source) {
      return RTL_SET.test(source) ? VIRTUAL + source : null;
    },
    load(id) {
      const match = id.startsWith(VIRTUAL) ? RTL_SET.exec(id.slice(VIRTUAL.length)) : null;
      return match ? `export { default } from 'lightning/${match[1]}';` : null;
    }
  };
}

/**
 * Build-time constants: `import.meta.env.SSR` (base components; the browser build is never
 * SSR) and `process.env.NODE_ENV` (the engine; production mode, as an org runs by default).
 */
function buildConstants() {
  return {
    name: 'why-preview-constants',
    transform(code) {
      if (!code.includes('import.meta.env') && !code.includes('process.env.NODE_ENV')) return null;
      return {
        code: code
          .replace(/import\.meta\.env\.SSR/g, 'false')
          .replace(/process\.env\.NODE_ENV/g, JSON.stringify('production')),
        map: null
      };
    }
  };
}

/**
 * The LWC plugin resolves a bare specifier (`lightning/button`) by re-validating every module
 * record, base components' ~450 included, on each import: most of the bundle time. The answer
 * does not depend on the importer here (the records are given explicitly), so it is memoized.
 */
function memoizeBareSpecifiers(plugin) {
  const memo = new Map();
  const resolve = plugin.resolveId;
  return {
    ...plugin,
    resolveId(importee, importer, options) {
      if (!importer || /^[./\0]/.test(importee))
        return resolve.call(this, importee, importer, options);
      if (!memo.has(importee)) memo.set(importee, resolve.call(this, importee, importer, options));
      return memo.get(importee);
    }
  };
}

/** PREVIEW_PROFILE=1: time spent in each plugin hook, printed after the bundle. */
function profiled(plugin, totals) {
  if (!process.env.PREVIEW_PROFILE) return plugin;
  const wrapped = { ...plugin };
  for (const hook of ['resolveId', 'load', 'transform']) {
    if (typeof plugin[hook] !== 'function') continue;
    wrapped[hook] = async function (...args) {
      const started = performance.now();
      try {
        return await plugin[hook].apply(this, args);
      } finally {
        const key = `${plugin.name}.${hook}`;
        totals[key] = (totals[key] ?? 0) + performance.now() - started;
      }
    };
  }
  return wrapped;
}

/**
 * The cache is only valid for the same plugins and compiler: its name carries a hash of this
 * file and the LWC compiler version; older caches are removed.
 */
function cacheFileFor(outDir) {
  const self = fs.readFileSync(new URL(import.meta.url), 'utf8');
  const lwcVersion = JSON.parse(
    fs.readFileSync(
      path.join(ROOT, 'node_modules', '@lwc', 'rollup-plugin', 'package.json'),
      'utf8'
    )
  ).version;
  const key = crypto
    .createHash('sha256')
    .update(self)
    .update(lwcVersion)
    .digest('hex')
    .slice(0, 12);
  const name = `rollup-cache-${key}.json`;
  if (fs.existsSync(outDir)) {
    for (const f of fs.readdirSync(outDir)) {
      if (/^rollup-cache.*\.json$/.test(f) && f !== name) fs.rmSync(path.join(outDir, f));
    }
  }
  return path.join(outDir, name);
}

/**
 * The preview's own components (preview/app/lwc, TypeScript like the project's) compiled to
 * outDir/lwc the way tsc compiles force-app's: types stripped, decorators kept. Type checking
 * is `tsc -p tsconfig.json` (it includes preview/**).
 */
function compilePreviewComponents(outDir) {
  const source = path.join(APP_DIR, 'lwc');
  const target = path.join(outDir, 'lwc');
  fs.rmSync(target, { recursive: true, force: true });
  const walk = (dir) =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  for (const file of walk(source)) {
    const out = path.join(target, path.relative(source, file));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    if (file.endsWith('.ts')) {
      const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
        fileName: file,
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ESNext,
          experimentalDecorators: false,
          useDefineForClassFields: true
        }
      });
      fs.writeFileSync(out.replace(/\.ts$/, '.js'), outputText);
    } else {
      fs.copyFileSync(file, out);
    }
  }
  return target;
}

/**
 * The chunks a page needs before its surface's component can run: the entry's static imports
 * and the component's chunk with its own (for <link rel="modulepreload">, so the browser
 * fetches them side by side instead of one import after the other).
 */
function chunksBySurfaceComponent(output, components) {
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const withImports = (fileName, into = new Set()) => {
    if (into.has(fileName)) return into;
    into.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) withImports(imported, into);
    return into;
  };
  const entry = withImports(ENTRY_FILE);
  const result = {};
  for (const { name, entry: modulePath } of components) {
    const chunk = [...chunks.values()].find(
      (c) => c.isDynamicEntry && c.facadeModuleId?.split('?')[0] === modulePath // ?specifier=…
    );
    if (chunk) result[`c/${name}`] = [...withImports(chunk.fileName, new Set(entry))];
  }
  return { entry: [...entry], components: result };
}

/**
 * Builds the page: ES module chunks, in memory (the server holds them; concurrent builds can't
 * swap them under a running preview). Returns { files: Map<file name, Buffer>, entry, bytes,
 * preload: { entry: [file], components: { 'c/x': [file] } }, ms, components }. Rollup warnings
 * are collected and returned; errors throw.
 */
export async function bundlePreview({ outDir }) {
  const started = Date.now();
  const labels = readCustomLabels();
  const components = compiledBundles();
  const warnings = [];
  const modules = [
    // The preview's own components: the shell (preview/shell) and lightning/recordPicker.
    { dir: compilePreviewComponents(outDir) },
    { name: 'preview/surfaces', path: path.join(APP_DIR, 'surfaces.mjs') },
    { name: 'preview/session', path: path.join(PLATFORM_DIR, 'session.js') },
    { name: 'preview/events', path: path.join(PLATFORM_DIR, 'events.js') },
    // Stand-ins for the two platform modules lightning-base-components does not provide.
    { name: 'lightning/platformShowToastEvent', path: path.join(PLATFORM_DIR, 'toast.js') },
    { name: 'lightning/navigation', path: path.join(PLATFORM_DIR, 'navigation.js') },
    // The project's components, by their org names.
    ...components.map((b) => ({ name: `c/${b.name}`, path: b.entry })),
    { npm: 'lightning-base-components' }
  ];
  // Rollup's module cache, kept between runs: the ~1,000 base-component modules are compiled
  // once; a module is compiled again only when its source (or a virtual module) changes.
  const cacheFile = cacheFileFor(outDir);
  const hookTimes = {};
  let cache;
  try {
    cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  } catch {
    cache = undefined;
  }
  const apexImports = new Set();
  const bundle = await rollup({
    input: path.join(APP_DIR, 'main.js'),
    cache,
    plugins: [
      profiled(
        platformModules({ labels, methods: apexMethods(), imported: apexImports }),
        hookTimes
      ),
      profiled(leftToRightIcons(), hookTimes),
      profiled(buildConstants(), hookTimes),
      profiled(
        memoizeBareSpecifiers(
          lwc({
            rootDir: APP_DIR,
            modules,
            enableDynamicComponents: true,
            // Base components attach ElementInternals (lightning-combobox); under synthetic
            // shadow, as in Lightning Experience, the engine needs this to allow it.
            enableSyntheticElementInternals: true
          })
        ),
        hookTimes
      )
    ],
    onwarn(warning) {
      // A module nobody provides would be a runtime failure in the page: stop here instead.
      if (warning.code === 'UNRESOLVED_IMPORT') {
        const hint = /^c\//.test(String(warning.exporter ?? ''))
          ? `${warning.exporter} has no compiled JavaScript: run the build (npm start without --skip-build); another build may be rewriting it right now.`
          : 'The org provides this module but the preview does not: add a stand-in to preview/app (see preview/README.md).';
        throw new Error(`${warning.message}\n${hint}`);
      }
      // Base components trigger a few benign ones (circular imports, `this` at top level, and
      // the LWC compiler's template lint of their own markup): only the project's are shown.
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      if (
        String(warning.id ?? warning.loc?.file ?? '').includes(`${path.sep}node_modules${path.sep}`)
      )
        return;
      warnings.push(warning.message);
    }
  });
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(cacheFile, JSON.stringify(bundle.cache));
  if (process.env.PREVIEW_PROFILE) {
    console.log(
      `bundle: rollup() ${Date.now() - started} ms; hooks ${JSON.stringify(hookTimes, (k, v) => (typeof v === 'number' ? Math.round(v) : v))}`
    );
  }
  const { output } = await bundle.generate({
    format: 'es',
    sourcemap: false,
    entryFileNames: ENTRY_FILE,
    chunkFileNames: 'chunk-[name]-[hash].js'
  });
  await bundle.close();
  const files = new Map(
    output.map((o) => [o.fileName, Buffer.from(o.type === 'chunk' ? o.code : o.source)])
  );
  return {
    files,
    entry: ENTRY_FILE,
    bytes: [...files.values()].reduce((sum, b) => sum + b.length, 0),
    preload: chunksBySurfaceComponent(output, components),
    ms: Date.now() - started,
    components: components.map((b) => `c/${b.name}`),
    /** 'Class.method' of every @salesforce/apex import in the page. */
    apexImports: [...apexImports].sort(),
    warnings
  };
}

export { ROOT };
