import { test, check, checkEqual, thrown } from '../../grader/harness';
import { LayeredFs, type Layer } from './layered-fs';

// An image of three layers: a base, an app layer, and a layer that deleted /etc/motd.
function imageLayers(): Layer[] {
  return [
    new Map([
      ['/etc/os-release', 'ID=alpine'],
      ['/etc/motd', 'Welcome!'],
      ['/etc/hosts', '127.0.0.1 localhost'],
      ['/bin/sh', '#!busybox'],
    ]),
    new Map([
      ['/app/server.js', 'listen(80)'],
      ['/etc/hosts', '127.0.0.1 localhost app'],
    ]),
    new Map([['/etc/.wh.motd', '']]),
  ];
}

function snapshot(layers: Layer[]): string {
  return JSON.stringify(layers.map((l) => [...l]));
}

test('read sees the topmost version of a file through all layers', () => {
  const fs = new LayeredFs(imageLayers());
  checkEqual(fs.read('/etc/os-release'), 'ID=alpine', 'read /etc/os-release (only in the base layer)');
  checkEqual(fs.read('/etc/hosts'), '127.0.0.1 localhost app', "read /etc/hosts (the upper layer's version wins)");
  checkEqual(fs.read('/nope'), undefined, 'read of a file no layer has');
});

test('a whiteout in a layer hides the file below it, and is itself invisible', () => {
  const fs = new LayeredFs(imageLayers());
  checkEqual(fs.read('/etc/motd'), undefined, 'read /etc/motd (the third layer whited it out)');
  checkEqual(fs.read('/etc/.wh.motd'), undefined, 'read of the whiteout entry itself (whiteouts are hidden once applied)');
});

test("a write lands in the writable layer and never changes the image's layers", () => {
  const layers = imageLayers();
  const before = snapshot(layers);
  const fs = new LayeredFs(layers);
  fs.write('/etc/hosts', 'changed');
  fs.write('/tmp/new.txt', 'new');
  checkEqual(fs.read('/etc/hosts'), 'changed', 'read after write');
  checkEqual(fs.read('/tmp/new.txt'), 'new', 'read of a new file');
  check(snapshot(layers) === before, 'the read-only layers changed: every write must go to the writable layer');
  checkEqual(new LayeredFs(layers).read('/etc/hosts'), '127.0.0.1 localhost app', 'a second container on the same layers reads /etc/hosts');
});

test('append copies the whole file up (copy-on-write), not only the new text', () => {
  const fs = new LayeredFs(imageLayers());
  fs.append('/etc/hosts', '\n10.0.0.2 db');
  checkEqual(fs.read('/etc/hosts'), '127.0.0.1 localhost app\n10.0.0.2 db', 'read after append');
  checkEqual(fs.upper().get('/etc/hosts'), '127.0.0.1 localhost app\n10.0.0.2 db', "the writable layer's copy of /etc/hosts (whole file)");
});

test('removing a lower file writes a whiteout into the writable layer', () => {
  const layers = imageLayers();
  const before = snapshot(layers);
  const fs = new LayeredFs(layers);
  fs.remove('/etc/os-release');
  checkEqual(fs.read('/etc/os-release'), undefined, 'read after remove');
  checkEqual([...fs.upper()], [['/etc/.wh.os-release', '']], 'the writable layer after removing a lower file');
  check(snapshot(layers) === before, 'remove changed a read-only layer: it must only add a whiteout on top');
});

test('removing a file only the writable layer has leaves no whiteout; a missing file is an error', () => {
  const fs = new LayeredFs(imageLayers());
  fs.write('/tmp/scratch', 'x');
  fs.remove('/tmp/scratch');
  checkEqual([...fs.upper()], [], 'the writable layer after writing then removing a new file');
  const error = thrown(() => fs.remove('/etc/motd'), 'remove of /etc/motd (already hidden by a whiteout)');
  checkEqual(error.message, "rm: cannot remove '/etc/motd': No such file or directory", 'the error message');
});

test('writing a removed file again brings it back (and drops the whiteout)', () => {
  const fs = new LayeredFs(imageLayers());
  fs.remove('/etc/hosts');
  fs.write('/etc/hosts', 'fresh');
  checkEqual(fs.read('/etc/hosts'), 'fresh', 'read after remove then write');
  checkEqual([...fs.upper()], [['/etc/hosts', 'fresh']], 'the writable layer');
});

test('diff lists A, C and D like docker diff, with changed parent directories, sorted', () => {
  const fs = new LayeredFs(imageLayers());
  fs.write('/etc/hosts', 'changed');
  fs.remove('/bin/sh');
  fs.write('/var/log/app/out.log', 'started');
  const text = fs.diff().map((c) => `${c.kind} ${c.path}`);
  // Docker 29 lists every ancestor but / of any change, a modified file's too (go-archive changes.go addChanges).
  checkEqual(
    text,
    ['C /bin', 'D /bin/sh', 'C /etc', 'C /etc/hosts', 'A /var', 'A /var/log', 'A /var/log/app', 'A /var/log/app/out.log'],
    'diff()',
  );
});

test('committing the writable layer as a new top layer gives the same view', () => {
  const layers = imageLayers();
  const fs = new LayeredFs(layers);
  fs.write('/usr/share/nginx/html/index.html', 'hello');
  fs.remove('/etc/hosts');
  const committed = new LayeredFs([...layers, fs.upper()]);
  for (const path of ['/usr/share/nginx/html/index.html', '/etc/hosts', '/etc/os-release', '/etc/motd']) {
    checkEqual(committed.read(path), fs.read(path), `read ${path} from an image made of the layers plus the committed writable layer`);
  }
  checkEqual(committed.diff(), [], 'diff of a fresh container on the committed image');
});
