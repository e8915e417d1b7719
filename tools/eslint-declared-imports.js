// ESLint rule `rodnik/declared-imports`: every bare import names a package
// that the importing file's own package.json declares (dependencies,
// devDependencies, peerDependencies or optionalDependencies), so each
// workspace installs on its own (pnpm, a standalone `npm install`, the
// container's production-only install) and not by npm's hoisting luck.
// Written here rather than taken from a plugin because it must know npm
// workspaces and SvelteKit's aliases, and nothing else.
import { readFileSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';

const BUILTINS = new Set(builtinModules);
/** Specifiers a bundler or SvelteKit resolves, not packages. */
const ALIASES = [/^\$app\//, /^\$lib(\/|$)/, /^\$env\//, /^\$service-worker$/, /^virtual:/];

const manifests = new Map();

/** The nearest package.json above a file, parsed once. */
function manifestOf(file) {
  let dir = dirname(file);
  for (;;) {
    if (manifests.has(dir)) return manifests.get(dir);
    const path = join(dir, 'package.json');
    if (existsSync(path)) {
      const json = JSON.parse(readFileSync(path, 'utf8'));
      const declared = new Set([
        json.name,
        ...Object.keys(json.dependencies ?? {}),
        ...Object.keys(json.devDependencies ?? {}),
        ...Object.keys(json.peerDependencies ?? {}),
        ...Object.keys(json.optionalDependencies ?? {}),
      ]);
      const manifest = { path, declared };
      manifests.set(dir, manifest);
      return manifest;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`; null for what is no package. */
export function packageName(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return null;
  if (specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0])) return null;
  if (ALIASES.some((alias) => alias.test(specifier))) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: "imports only packages the file's own package.json declares" },
    messages: {
      undeclared: "'{{name}}' is imported here but not declared in {{manifest}}.",
    },
    schema: [],
  },
  create(context) {
    const manifest = manifestOf(context.filename);
    if (!manifest) return {};
    const check = (source) => {
      if (!source || typeof source.value !== 'string') return;
      const name = packageName(source.value);
      if (name === null || manifest.declared.has(name)) return;
      context.report({
        node: source,
        messageId: 'undeclared',
        data: { name, manifest: manifest.path.slice(process.cwd().length + 1) || 'package.json' },
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source),
    };
  },
};

export default { rules: { 'declared-imports': rule } };
