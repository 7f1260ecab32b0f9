import { check } from '../../grader/harness';
import { commandExercise, container, image, requireCommands, ports } from '../support/commands';
import { missingWhy, notRunningWhy } from '../support/diagnosis';
import { namedList } from '../support/lists';

const { run, test } = commandExercise(import.meta.url);
const NAMES = ['web1', 'web2', 'web3'] as const;
const portOf = (i: number): number => 8081 + i;

test('three containers web1, web2 and web3 exist and are running', () => {
  const { host, ran } = run();
  requireCommands(ran);
  NAMES.forEach((name, i) => {
    const c = container(host, name);
    check(c, missingWhy(run(), name, `start it with \`docker run -d --name ${name} -p ${portOf(i)}:80 nginx\``));
    check(c.state === 'running', notRunningWhy(run(), c, portOf(i)));
  });
});

test('web1, web2 and web3 publish host ports 8081, 8082 and 8083 to port 80', () => {
  const { host } = run();
  NAMES.forEach((name, i) => {
    const c = container(host, name);
    check(c, `no container named ${name}`);
    const hostPort = portOf(i);
    check(
      c.ports.some((p) => p.hostPort === hostPort && p.containerPort === 80),
      `${name} publishes ${ports(c)}, not ${hostPort}->80/tcp: use -p ${hostPort}:80`,
    );
  });
});

test('all three were made from the same nginx image', () => {
  const { host } = run();
  const nginx = image(host, 'nginx');
  check(nginx, 'no image tagged nginx:latest on the host');
  for (const name of NAMES) {
    const c = container(host, name);
    check(c, `no container named ${name}`);
    check(
      c.imageId === nginx.id,
      `${name} was made from ${c.image} (${c.imageId.slice(7, 19)}), not from nginx:latest (${nginx.id.slice(7, 19)})`,
    );
  }
  for (const name of NAMES) {
    check(nginx.containers.includes(container(host, name)!.id), `nginx:latest does not list ${name} among its containers`);
  }
});

test('the host holds one nginx image, not one per container', () => {
  const { host } = run();
  const nginxImages = host.snapshot().images.filter((i) => i.repoTags.some((t) => t.startsWith('nginx:')));
  check(
    nginxImages.length === 1,
    `found ${nginxImages.length} nginx images (${namedList(nginxImages.flatMap((i) => i.repoTags))}); one image is enough for any number of containers`,
  );
});

test('each container has its own ID: three houses, one blueprint', () => {
  const ids = NAMES.map((n) => container(run().host, n)?.id);
  check(
    ids.every((id) => id !== undefined),
    'not all three containers exist',
  );
  check(new Set(ids).size === 3, 'two of the names share a container ID');
});

test("each port answers with nginx's welcome page", () => {
  const { host } = run();
  for (const port of [8081, 8082, 8083]) {
    const reply = host.execute(`curl -s http://localhost:${port}`);
    check(
      reply.stdout.includes('Welcome to nginx!'),
      `curl localhost:${port} gave: ${(reply.stdout || reply.stderr).trim().split('\n')[0] || '(nothing)'}`,
    );
  }
});
