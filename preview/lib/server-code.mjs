// Compiles the preview server's TypeScript (the access engine's snapshot validation,
// preview/lib/snapshot.ts) into one ES module for Node. Type checking is tsc's job
// (tsconfig.json covers preview/**/*.ts); here the types are only stripped.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { rollup } from 'rollup';
import { PREVIEW_DIR } from './project.mjs';

function typescriptStripper() {
  return {
    name: 'why-preview-ts',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const base = path.resolve(path.dirname(importer), source);
      for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
        if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
      }
      return null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          useDefineForClassFields: true,
          verbatimModuleSyntax: false,
          isolatedModules: true
        }
      });
      return { code: out.outputText, map: null };
    }
  };
}

/** Writes outDir/snapshot.mjs; returns its path. */
export async function buildServerCode({ outDir }) {
  const bundle = await rollup({
    input: { snapshot: path.join(PREVIEW_DIR, 'lib', 'snapshot.ts') },
    plugins: [typescriptStripper()],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    }
  });
  fs.mkdirSync(outDir, { recursive: true });
  await bundle.write({
    dir: outDir,
    format: 'es',
    entryFileNames: '[name].mjs',
    chunkFileNames: '[name]-[hash].mjs'
  });
  await bundle.close();
  return { snapshot: path.join(outDir, 'snapshot.mjs') };
}
