/**
 * Lets `node -r @swc-node/register` resolve the workspace's `@handhaving/*` imports: there is no
 * root tsconfig.json for it to read, so the exact aliases of tsconfig.base.json's `paths` are
 * mapped here. Import this module before any `@handhaving/*` import.
 */
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';

type ResolveFilename = (request: string, ...rest: unknown[]) => string;

const root = join(__dirname, '..', '..', '..');
const config = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions?: { paths?: Record<string, string[]> };
};
const paths = config.compilerOptions?.paths ?? {};
const loader = Module as unknown as { _resolveFilename: ResolveFilename };
const resolveFilename = loader._resolveFilename;

if (!(resolveFilename as { handhavingPaths?: boolean }).handhavingPaths) {
  const patched: ResolveFilename = function (this: unknown, request, ...rest) {
    const target = Object.prototype.hasOwnProperty.call(paths, request) ? paths[request][0] : undefined;
    return resolveFilename.call(this, target ? join(root, target) : request, ...rest);
  };
  (patched as { handhavingPaths?: boolean }).handhavingPaths = true;
  loader._resolveFilename = patched;
}
