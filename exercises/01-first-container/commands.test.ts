import { check, checkEqual } from '../../grader/harness';
import { commandExercise, container, image, ports, requireCleanRun } from '../support/commands';
import { missingWhy, notRunningWhy } from '../support/diagnosis';

const { run, test } = commandExercise(import.meta.url);

test('the commands file has commands, and every one succeeds and returns', () => {
  requireCleanRun(run());
});

test('the nginx image is on the host', () => {
  const { host } = run();
  check(image(host, 'nginx'), 'no image tagged nginx:latest: pull it with `docker pull nginx` (docker run also pulls a missing image)');
});

test('a container named web exists', () => {
  const { host } = run();
  check(
    container(host, 'web'),
    host.snapshot().containers.length
      ? missingWhy(run(), 'web', 'give yours a name with --name web')
      : missingWhy(run(), 'web', '`docker pull` only downloads the image; `docker run` makes a container from it'),
  );
});

test('web is running', () => {
  const web = container(run().host, 'web');
  check(web, 'there is no container named web');
  check(web.state === 'running', notRunningWhy(run(), web, 8080));
});

test("web publishes host port 8080 to the container's port 80", () => {
  const web = container(run().host, 'web');
  check(web, 'there is no container named web');
  const reversed = web.ports.some((p) => p.hostPort === 80 && p.containerPort === 8080);
  check(
    web.ports.some((p) => p.hostPort === 8080 && p.containerPort === 80),
    `web publishes ${ports(web)}${reversed ? ': -p takes HOST:CONTAINER, so it is -p 8080:80' : ': add -p 8080:80 to the run command'}`,
  );
});

test('web was made from the nginx image', () => {
  const { host } = run();
  const web = container(host, 'web');
  check(web, 'there is no container named web');
  checkEqual(web.imageId, image(host, 'nginx')?.id, `the image ID of web (made from ${web.image})`);
});

test("http://localhost:8080 answers with nginx's welcome page", () => {
  const { host } = run();
  const reply = host.execute('curl -s http://localhost:8080');
  check(
    reply.stdout.includes('Welcome to nginx!'),
    `curl localhost:8080 gave: ${(reply.stdout || reply.stderr).trim().split('\n')[0] || '(nothing)'}`,
  );
});
