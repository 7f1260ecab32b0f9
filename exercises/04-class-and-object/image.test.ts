import { test, check, checkEqual, thrown, CheckFailure } from '../../grader/harness';
import { Container, Image } from './image';

const nginxFiles = () => ({ '/etc/nginx/nginx.conf': 'worker_processes auto;', '/usr/share/nginx/html/index.html': 'Welcome to nginx!' });

test('an Image keeps its name and a copy of its files', () => {
  const files = nginxFiles();
  const image = new Image('nginx', files);
  checkEqual(image.name, 'nginx', 'image.name');
  // The caller edits its own object afterwards: if the image froze that object instead of a
  // copy, the edit throws here, in the caller's code, which is the mistake to explain.
  try {
    files['/usr/share/nginx/html/index.html'] = 'changed later';
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new CheckFailure(
      'the object passed to new Image(…) is frozen now, so the caller can no longer change its own object: ' +
        "Object.freeze(files) froze the caller's object; copy it first ({ ...files }) and freeze the copy",
    );
  }
  checkEqual(
    image.files['/usr/share/nginx/html/index.html'],
    'Welcome to nginx!',
    "the image's index.html after the caller edited its own object (copy the files, do not keep the caller's object)",
  );
});

test('an Image is frozen: neither it nor its files can be changed', () => {
  const image = new Image('nginx', nginxFiles());
  check(Object.isFrozen(image), 'the image object is not frozen: use Object.freeze(this) at the end of the constructor');
  check(Object.isFrozen(image.files), 'image.files is not frozen: a blueprint is read-only');
  const error = thrown(() => {
    (image.files as Record<string, string>)['/etc/passwd'] = 'root';
  }, 'adding a file to image.files');
  check(error instanceof TypeError, `adding a file to a frozen image should throw a TypeError, got ${error.name}`);
});

test('an Image cannot be started or stopped: you run containers from it', () => {
  const image = new Image('nginx', nginxFiles()) as unknown as Record<string, unknown>;
  for (const verb of ['start', 'stop', 'writeFile']) {
    check(typeof image[verb] !== 'function', `Image has a ${verb}() method: only containers have a lifecycle and a writable layer`);
  }
});

test('createContainer makes a new, separate Container each time, from the same Image', () => {
  const image = new Image('nginx', nginxFiles());
  const a = image.createContainer('web1');
  const b = image.createContainer('web2');
  check(a instanceof Container && b instanceof Container, 'createContainer should return Container objects');
  check(a !== b, 'two calls returned the same object: each container is its own instance');
  check(a.image === image && b.image === image, 'container.image should be the very Image it was made from (not a copy)');
  checkEqual([a.name, b.name], ['web1', 'web2'], "the containers' names");
});

test('a new container is created, start() makes it running, stop() makes it exited', () => {
  const c = new Image('nginx', nginxFiles()).createContainer('web');
  checkEqual(c.state, 'created', 'state of a new container');
  c.start();
  checkEqual(c.state, 'running', 'state after start()');
  c.stop();
  checkEqual(c.state, 'exited', 'state after stop()');
  c.start();
  checkEqual(c.state, 'running', 'state after starting an exited container again');
});

test('a write lands in that container only: not in the image, not in its siblings', () => {
  const image = new Image('nginx', nginxFiles());
  const a = image.createContainer('a');
  const b = image.createContainer('b');
  a.start();
  b.start();
  checkEqual(
    a.readFile('/etc/nginx/nginx.conf'),
    'worker_processes auto;',
    "a container reads its image's file when it has not written one",
  );
  a.writeFile('/usr/share/nginx/html/index.html', 'Hello from a');
  a.writeFile('/tmp/new.txt', 'new');
  checkEqual(a.readFile('/usr/share/nginx/html/index.html'), 'Hello from a', 'container a reads its own write');
  checkEqual(b.readFile('/usr/share/nginx/html/index.html'), 'Welcome to nginx!', "container b after a wrote (b must not see a's write)");
  checkEqual(image.files['/usr/share/nginx/html/index.html'], 'Welcome to nginx!', 'the image after a container wrote');
  checkEqual(b.readFile('/tmp/new.txt'), undefined, 'a file only a created, read from b');
  const later = image.createContainer('later');
  checkEqual(
    later.readFile('/usr/share/nginx/html/index.html'),
    'Welcome to nginx!',
    "a container made afterwards sees the image, not a's write",
  );
});

test('changedFiles lists exactly what that container wrote, sorted', () => {
  const image = new Image('nginx', nginxFiles());
  const a = image.createContainer('a');
  a.start();
  a.writeFile('/z.txt', 'z');
  a.writeFile('/usr/share/nginx/html/index.html', 'hi');
  a.writeFile('/z.txt', 'again');
  checkEqual(a.changedFiles(), ['/usr/share/nginx/html/index.html', '/z.txt'], 'a.changedFiles()');
  checkEqual(image.createContainer('b').changedFiles(), [], 'changedFiles() of a fresh container');
});

test('writing into a container that is not running fails with "is not running"', () => {
  const c = new Image('nginx', nginxFiles()).createContainer('web');
  const error = thrown(() => c.writeFile('/x', 'y'), 'writeFile on a created (not started) container');
  checkEqual(error.message, 'container web is not running', 'the error message');
});
