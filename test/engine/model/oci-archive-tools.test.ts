// Real OCI tools read the bytes `docker save` writes: skopeo inspects and copies the archive, umoci
// unpacks the copy, and the unpacked tree is the one a container of the image starts from. Skipped
// (with the reason) when Debian's skopeo or umoci is not installed; `.ci/run` installs both.
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveRemote } from '../../../engine/registry/index';
import { testHost } from '../host';

function has(tool: string): boolean {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const TOOLS = has('skopeo') && has('umoci');
const dir = mkdtempSync(join(tmpdir(), 'oci-archive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** path → "file <mode> <content>" | "dir <mode>" | "symlink <target>", as a tree walk sees it. */
function walk(root: string, rel = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(join(root, rel)).sort()) {
    const path = `${rel}/${name}`;
    const st = lstatSync(join(root, path));
    if (st.isSymbolicLink()) out.set(path, `symlink ${readlinkSync(join(root, path))}`);
    else if (st.isDirectory()) {
      out.set(path, 'dir');
      for (const [k, v] of walk(root, path)) out.set(k, v);
    } else out.set(path, `file ${(st.mode & 0o777).toString(8)} ${readFileSync(join(root, path), 'utf8')}`);
  }
  return out;
}

describe.skipIf(!TOOLS)('docker save → skopeo and umoci (skipped: install skopeo and umoci, as .ci/run does)', () => {
  it('skopeo inspects and copies the archive; umoci unpacks the tree a container of the image sees', () => {
    const { host, run } = testHost();
    run('docker pull redis');
    expect(run('docker save -o /tmp/redis.tar redis:latest')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const archive = join(dir, 'redis.tar');
    writeFileSync(archive, host.hostFileBytes('/tmp/redis.tar')!);

    const docs = host.inspectOci('redis');
    const inspected = JSON.parse(execFileSync('skopeo', ['inspect', `oci-archive:${archive}`], { encoding: 'utf8' })) as {
      Digest: string;
      Layers: string[];
      Architecture: string;
      Os: string;
    };
    const manifest = JSON.parse(docs.manifest) as { layers: Array<{ digest: string }> };
    expect(inspected.Layers).toEqual(manifest.layers.map((l) => l.digest));
    expect([inspected.Os, inspected.Architecture]).toEqual(['linux', 'amd64']);

    execFileSync('skopeo', ['copy', '--quiet', `oci-archive:${archive}`, `oci:${join(dir, 'layout')}:copy`]);
    execFileSync('umoci', ['unpack', '--rootless', '--image', `${join(dir, 'layout')}:copy`, join(dir, 'bundle')], { stdio: 'ignore' });

    // The tree every container of redis starts from: its layers merged, whiteouts applied.
    const expected = new Map<string, string>();
    for (const [path, e] of resolveRemote('library/redis', 'latest')!.image.rootfs().tree) {
      expected.set(
        path,
        e.type === 'dir' ? 'dir' : e.type === 'symlink' ? `symlink ${e.target}` : `file ${e.mode.toString(8)} ${e.content}`,
      );
    }
    const unpacked = walk(join(dir, 'bundle', 'rootfs'));
    expect(new Map([...unpacked].sort())).toEqual(new Map([...expected].sort()));
    // …and what a container reads there is what umoci wrote.
    run('docker create --name probe redis');
    expect(host.readFile('probe', '/etc/passwd')).toBe(readFileSync(join(dir, 'bundle', 'rootfs', 'etc', 'passwd'), 'utf8'));
  });
});
