// `docker cp`'s daemon side (daemon/copy.ts through Daemon.statContainerPath,
// archiveContainerPath and extractToContainer): the container's files change only through the
// daemon, which refuses with typed errors carrying what the CLI words.
import { describe, expect, it } from 'vitest';
import { Daemon } from '../../../engine/daemon/daemon';
import { plainRequest } from '../../../engine/daemon/create-container';
import { CannotOverwrite, ExtractPointNotDirectory, NoSuchContainer, NoSuchContainerPath } from '../../../engine/errors/daemon-errors';
import { daemonText } from '../../../engine/errors/daemon-words';
import type { DaemonError } from '../../../engine/errors/daemon-errors';
import type { CopyItem } from '../../../engine/model/copy-tree';
import { parseReference } from '../../../engine/model/reference';

function alpine() {
  const daemon = new Daemon(1, () => Date.UTC(2026, 10, 27));
  const { image } = daemon.pull(parseReference('alpine'));
  const c = daemon.createContainer(plainRequest(image, 'alpine', { name: 'box', cmd: ['sleep', '100'] }));
  return { daemon, c };
}

const refusal = (f: () => unknown): DaemonError => {
  try {
    f();
  } catch (e) {
    return e as DaemonError;
  }
  throw new Error('no refusal');
};

const tree: CopyItem[] = [
  { rel: '', kind: 'dir', content: '' },
  { rel: 'a.txt', kind: 'file', content: 'A\n' },
  { rel: 'sub', kind: 'dir', content: '' },
  { rel: 'sub/b.txt', kind: 'file', content: 'B\n' },
];

describe('Daemon: docker cp', () => {
  it('extracts a tree into a directory of a stopped container, as a change of its writable layer and of the host', () => {
    const { daemon, c } = alpine();
    const before = daemon.version;
    daemon.extractToContainer('box', '/tmp', 'site', tree);
    expect(daemon.version).toBeGreaterThan(before);
    expect(c.fs.readFile('/tmp/site/sub/b.txt')).toBe('B\n');
    expect(c.fs.changes()).toEqual([
      { kind: 'C', path: '/tmp' },
      { kind: 'A', path: '/tmp/site' },
      { kind: 'A', path: '/tmp/site/a.txt' },
      { kind: 'A', path: '/tmp/site/sub' },
      { kind: 'A', path: '/tmp/site/sub/b.txt' },
    ]);
    expect(daemon.statContainerPath(c.id.slice(0, 6), 'tmp/site')).toEqual({ type: 'dir', mode: 0o755 });
    expect(daemon.statContainerPath('box', '/tmp/none')).toBeUndefined();
  });

  it('hands out a path as a tree, and the tree copies back in under another name ("." merges)', () => {
    const { daemon, c } = alpine();
    daemon.extractToContainer('box', '/tmp', 'site', tree);
    const items = daemon.archiveContainerPath('box', '/tmp/site');
    expect(items).toEqual(tree);
    daemon.extractToContainer('box', '/root', '.', items);
    expect(c.fs.list('/root')).toEqual(expect.arrayContaining(['a.txt', 'sub']));
    expect(daemon.archiveContainerPath('box', '/etc/hostname')).toEqual([{ rel: '', kind: 'file', content: `${c.id.slice(0, 12)}\n` }]);
  });

  it('refuses with typed errors carrying the path, worded as the daemon answers', () => {
    const { daemon } = alpine();
    const missing = refusal(() => daemon.archiveContainerPath('box', 'no/such'));
    expect(missing).toBeInstanceOf(NoSuchContainerPath);
    expect(daemonText(missing)).toBe('Error response from daemon: Could not find the file no/such in container box');
    const noDir = refusal(() => daemon.extractToContainer('box', '/nowhere', 'x', tree));
    expect(noDir).toMatchObject({ path: '/nowhere', container: 'box' });
    const notDir = refusal(() => daemon.extractToContainer('box', '/etc/hostname', 'x', tree));
    expect(notDir).toBeInstanceOf(ExtractPointNotDirectory);
    expect(daemonText(notDir)).toBe('Error response from daemon: extraction point is not a directory');
    daemon.extractToContainer('box', '/tmp', 'site', tree);
    const dirOverFile = refusal(() => daemon.extractToContainer('box', '/tmp/site', 'a.txt', [{ rel: '', kind: 'dir', content: '' }]));
    expect(dirOverFile).toBeInstanceOf(CannotOverwrite);
    expect(daemonText(dirOverFile)).toBe(
      'Error response from daemon: cannot overwrite non-directory "/tmp/site/a.txt" with directory "/tmp/site"',
    );
    const fileOverDir = refusal(() => daemon.extractToContainer('box', '/tmp/site', 'sub', [{ rel: '', kind: 'file', content: 'x' }]));
    expect(daemonText(fileOverDir)).toBe(
      'Error response from daemon: cannot overwrite directory "/tmp/site/sub" with non-directory "/tmp/site"',
    );
    expect(refusal(() => daemon.statContainerPath('nope', '/'))).toBeInstanceOf(NoSuchContainer);
  });
});
