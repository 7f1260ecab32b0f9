import { check } from '../../grader/harness';
import { commandExercise, container, image, pristineFile, pristineImageId, requireCommands } from '../support/commands';
import { missingWhy, notRunningWhy } from '../support/diagnosis';

const { run, test } = commandExercise(import.meta.url);
const HTML = '/usr/share/nginx/html';

function site() {
  const { host, ran } = run();
  requireCommands(ran);
  const c = container(host, 'site');
  check(c, missingWhy(run(), 'site', 'start one with `docker run -d --name site nginx`'));
  return { host, c };
}

test('site and plain are running nginx containers', () => {
  const { host } = site();
  for (const name of ['site', 'plain']) {
    const c = container(host, name);
    check(c, missingWhy(run(), name, `start it with \`docker run -d --name ${name} nginx\``));
    check(c.state === 'running', `${notRunningWhy(run(), c)} (\`docker exec\` needs a running container)`);
    check(c.imageId === image(host, 'nginx')?.id, `${name} was made from ${c.image}, not nginx`);
  }
});

test('docker diff site shows index.html changed (C)', () => {
  const { c } = site();
  const change = c.changes.find((x) => x.path === `${HTML}/index.html`);
  check(
    change?.kind === 'C',
    change
      ? `index.html shows as ${change.kind}, expected C: it exists in the image, so writing it copies it up and changes it`
      : 'index.html is not in site\'s changes: overwrite it with `docker exec site sh -c "echo … > /usr/share/nginx/html/index.html"`',
  );
});

test('docker diff site shows about.html added (A)', () => {
  const { c } = site();
  const change = c.changes.find((x) => x.path === `${HTML}/about.html`);
  check(
    change?.kind === 'A',
    change ? `about.html shows as ${change.kind}, expected A` : "about.html is not in site's changes: create it inside site",
  );
});

test('docker diff site shows 50x.html deleted (D)', () => {
  const { c } = site();
  const change = c.changes.find((x) => x.path === `${HTML}/50x.html`);
  check(
    change?.kind === 'D',
    change
      ? `50x.html shows as ${change.kind}, expected D`
      : "50x.html is not in site's changes: delete it inside site with `docker exec site rm …`",
  );
});

test('site reads its own new page', () => {
  const { host } = site();
  check(
    host.readFile('site', `${HTML}/index.html`) !== pristineFile('nginx', `${HTML}/index.html`),
    "site still serves the image's index.html: change it inside site",
  );
});

test('plain, from the same image, still sees the original files', () => {
  const { host } = site();
  const plain = container(host, 'plain');
  check(plain, 'no container named plain: start a second one with `docker run -d --name plain nginx`');
  check(
    host.readFile('plain', `${HTML}/index.html`) === pristineFile('nginx', `${HTML}/index.html`),
    "plain does not serve the image's index.html: did you change plain instead of site?",
  );
  check(
    host.readFile('plain', `${HTML}/50x.html`) !== undefined,
    "plain has no 50x.html: the deletion should exist only in site's writable layer",
  );
  check(host.readFile('plain', `${HTML}/about.html`) === undefined, 'plain has about.html: it should exist only in site');
});

test('the nginx image itself is unchanged', () => {
  const { host } = site();
  check(image(host, 'nginx')?.id === pristineImageId('nginx'), 'nginx:latest has a different ID than a freshly pulled one');
});

test("site's writable layer is bigger than plain's (docker ps -s, first SIZE figure)", () => {
  const { host, c } = site();
  const plain = container(host, 'plain');
  check(plain, 'no container named plain');
  check(
    c.sizeRw > plain.sizeRw,
    `site's writable layer is ${c.sizeRw} bytes, plain's ${plain.sizeRw}: site's edits should make its layer bigger`,
  );
  check(c.imageSize === plain.imageSize, 'site and plain report different image sizes, yet they share one image');
});
