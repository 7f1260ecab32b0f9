import { check } from '../../grader/harness';
import { commandExercise, container, image, pristineFile, pristineImageId, requireCommands } from '../support/commands';
import { missingWhy } from '../support/diagnosis';

const { run, test } = commandExercise(import.meta.url);
const PAGE = '/usr/share/nginx/html/index.html';

function started() {
  const { host, ran } = run();
  requireCommands(ran);
  return host;
}

test('mysite:v1 exists, with one layer more than nginx', () => {
  const host = started();
  const v1 = image(host, 'mysite:v1');
  const nginx = image(host, 'nginx');
  check(v1, 'no image tagged mysite:v1: `docker commit site mysite:v1`');
  check(nginx, 'nginx:latest is gone: keep the original image');
  check(
    v1.layers.length === nginx.layers.length + 1,
    `mysite:v1 has ${v1.layers.length} layers and nginx ${nginx.layers.length}: a commit adds exactly one layer, the container's changes`,
  );
});

test('nginx:latest is exactly the image it was before the commit', () => {
  const host = started();
  check(
    image(host, 'nginx')?.id === pristineImageId('nginx'),
    'nginx:latest has a different ID than a freshly pulled one: commit makes a new image, it never edits the old one',
  );
});

test('container v1, from mysite:v1, serves the committed page from the image, not from its own layer', () => {
  const host = started();
  const v1 = container(host, 'v1');
  check(v1, missingWhy(run(), 'v1', '`docker run -d --name v1 -p 8081:80 mysite:v1`'));
  check(v1.imageId === image(host, 'mysite:v1')?.id, `v1 was made from ${v1.image}, not mysite:v1`);
  check(host.readFile('v1', PAGE) !== pristineFile('nginx', PAGE), "v1 serves nginx's own index.html: change it in site before committing");
  check(!v1.changes.some((c) => c.path === PAGE), "v1's own writable layer changed index.html: the change should come from the image");
});

test('container original, from nginx, still serves the stock welcome page', () => {
  const host = started();
  const original = container(host, 'original');
  check(original, missingWhy(run(), 'original', '`docker run -d --name original -p 8082:80 nginx`'));
  check(host.readFile('original', PAGE) === pristineFile('nginx', PAGE), "original does not serve nginx's own index.html");
});

test('mysite:v2 is a second, different image', () => {
  const host = started();
  const v1 = image(host, 'mysite:v1');
  const v2 = image(host, 'mysite:v2');
  check(v2, 'no image tagged mysite:v2: change the page again in site, then `docker commit site mysite:v2`');
  check(v1 && v1.id !== v2.id, 'mysite:v2 has the same ID as mysite:v1: change something before the second commit');
  check(host.readFile('v1', PAGE) !== undefined, 'container v1 lost its page');
});

test('the tag mysite:latest moved to v2', () => {
  const host = started();
  const latest = image(host, 'mysite:latest');
  check(latest, 'no image tagged mysite:latest: `docker tag mysite:v1 mysite:latest`, later `docker tag mysite:v2 mysite:latest`');
  check(
    latest.id === image(host, 'mysite:v2')?.id,
    latest.id === image(host, 'mysite:v1')?.id
      ? 'mysite:latest still points at v1: a tag never moves by itself; `docker tag mysite:v2 mysite:latest` moves it'
      : 'mysite:latest points at neither v1 nor v2',
  );
  check(
    container(host, 'v1')?.imageId === image(host, 'mysite:v1')?.id,
    'container v1 should still run v1: moving a tag never changes existing containers',
  );
});
