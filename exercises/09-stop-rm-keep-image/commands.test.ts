import { check } from '../../grader/harness';
import { commandExercise, container, image, requireCommands } from '../support/commands';
import { namedList } from '../support/lists';

// The host starts with web1, web2 and web3 running (README.md step 0; support/setups.ts).
const { run, test } = commandExercise(import.meta.url);

test('web1 is stopped (Exited) but still exists', () => {
  const { host, ran } = run();
  requireCommands(ran);
  const web1 = container(host, 'web1');
  check(web1, 'web1 is gone: `docker rm` deletes a container; `docker stop` only ends its process');
  check(web1.state === 'exited', `web1 is ${web1.state}, expected exited: \`docker stop web1\``);
});

test('web2 is removed: neither running nor listed by docker ps -a', () => {
  const web2 = container(run().host, 'web2');
  check(
    !web2,
    web2?.state === 'exited'
      ? 'web2 is stopped but still exists (docker ps -a lists it): stop does not delete; `docker rm web2` does'
      : `web2 still exists (${web2?.state}): stop it, then \`docker rm web2\` (or \`docker rm -f web2\`)`,
  );
});

test('web3 is still running, untouched', () => {
  const web3 = container(run().host, 'web3');
  check(web3, 'web3 is gone: leave it alone');
  check(web3.state === 'running', `web3 is ${web3.state}: leave it running`);
});

test('the nginx image is still there, used by web1 and web3', () => {
  const { host } = run();
  const nginx = image(host, 'nginx');
  check(nginx, 'nginx:latest is gone: `docker rmi` removes images; this exercise keeps it');
  const users = host
    .snapshot()
    .containers.filter((c) => nginx.containers.includes(c.id))
    .map((c) => c.name)
    .sort();
  check(
    users.join() === 'web1,web3',
    `nginx:latest is used by ${users.length ? namedList(users) : 'no container'}; expected web1 and web3`,
  );
});

test('the name web2 can be taken again (only removing a container frees its name)', () => {
  const { host } = run();
  const probe = host.execute('docker run -d --name web2 -p 8082:80 nginx');
  check(probe.exitCode === 0, `a new container cannot be named web2: ${probe.stderr.trim().split('\n')[0] ?? ''}`);
});
