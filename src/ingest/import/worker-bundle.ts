// A worker's entry module bundled into one plain JavaScript file, built with esbuild (the
// compiler tsx itself runs on) at first use and kept in a cache directory. A worker thread that
// loads the bundle starts without tsx — which it would otherwise register in the new thread,
// then use to resolve and transform each of the entry's ~100 modules (≈ 0.3 s, against ≈ 0.05 s
// for the bundle). The bundle is reused while every file it was built from is unchanged (one
// SHA-256 over their paths and contents, checked at each first use in a process) and rebuilt
// otherwise. Packages are left out of it: the bundle imports them by name, so the cache
// directory must be inside the project (node_modules/.cache/…) for them to resolve as they do
// from the sources. Anything that fails here (esbuild missing, a read-only cache) rejects; the
// caller then starts the worker through tsx as before.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';

interface Manifest {
  entry: string;
  bundle: string;
  inputs: string[];
  hash: string;
}

// Bundles of earlier sources are removed once this old (a process may still be starting one).
const STALE_MS = 60 * 60 * 1000;

/** The path of a bundle of `entry` (an absolute path) up to date with its sources. */
export async function bundledModule(entry: string, cacheDir: string): Promise<string> {
  const name = basename(entry, extname(entry));
  // One manifest per entry path: checkouts sharing a node_modules do not rebuild in turn.
  const manifestPath = join(
    cacheDir,
    `${name}.${createHash('sha256').update(entry).digest('hex').slice(0, 8)}.json`,
  );
  const known = await readManifest(manifestPath);
  if (known && known.entry === entry && (await hashInputs(known.inputs)) === known.hash) {
    const path = join(cacheDir, known.bundle);
    if (await exists(path)) return path;
  }
  return build(entry, name, cacheDir, manifestPath);
}

async function build(entry: string, name: string, cacheDir: string, manifestPath: string): Promise<string> {
  const esbuild = await import('esbuild');
  const workingDir = process.cwd();
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: workingDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: `node${process.versions.node}`,
    outfile: join(cacheDir, `${name}.mjs`),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles.find((file) => file.path.endsWith('.mjs'));
  if (!output) throw new Error(`esbuild wrote no bundle for ${entry}`);
  const inputs = Object.keys(result.metafile.inputs)
    .map((input) => resolve(workingDir, input))
    .sort();
  const hash = await hashInputs(inputs);
  const bundle = `${name}.${hash.slice(0, 16)}.mjs`;
  await mkdir(cacheDir, { recursive: true });
  // Written under a temporary name, then renamed: a process reading at the same time sees the
  // whole file or none (two processes building at once write the same bytes).
  await writeAtomically(join(cacheDir, bundle), output.contents);
  await writeAtomically(manifestPath, JSON.stringify({ entry, bundle, inputs, hash } satisfies Manifest));
  await removeStale(cacheDir, name, bundle);
  return join(cacheDir, bundle);
}

/** One SHA-256 over the files' paths and contents, in the given order. */
export async function hashInputs(paths: readonly string[]): Promise<string> {
  const contents = await Promise.all(paths.map((path) => readFile(path)));
  const hash = createHash('sha256');
  paths.forEach((path, i) => {
    hash.update(`${path}\0${(contents[i] as Buffer).byteLength}\0`);
    hash.update(contents[i] as Buffer);
  });
  return hash.digest('hex');
}

async function readManifest(path: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path, 'utf8')) as Manifest;
    return Array.isArray(manifest.inputs) && typeof manifest.bundle === 'string' ? manifest : undefined;
  } catch {
    return undefined;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function removeStale(cacheDir: string, name: string, current: string): Promise<void> {
  const now = Date.now();
  for (const file of await readdir(cacheDir)) {
    if (file === current || !file.startsWith(`${name}.`) || !file.endsWith('.mjs')) continue;
    const path = join(cacheDir, file);
    const info = await stat(path).catch(() => undefined);
    if (info && now - info.mtimeMs > STALE_MS) await rm(path, { force: true });
  }
}
