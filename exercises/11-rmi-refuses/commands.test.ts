import { check } from '../../grader/harness';
import { commandExercise, container, image, requireCommands, type RanLine } from '../support/commands';
import { namedList } from '../support/lists';

// The host starts with a container web made from nginx (README.md step 0; support/setups.ts).
// Docker's refusals are what this exercise is about: they are not listed as mistakes.
const refused = (r: RanLine): boolean => r.stderr.includes('conflict: unable to') || r.stderr.includes('cannot remove container');
const { run, test } = commandExercise(import.meta.url, { expectedFailure: refused });

test("docker rmi was refused at least once with Docker's conflict error", () => {
  const { ran } = run();
  requireCommands(ran);
  check(
    ran.some((r) => r.exitCode !== 0 && r.stderr.includes('conflict: unable to')),
    'no command was refused with "conflict: unable to …": start with `docker rmi nginx` while web exists, and read why Docker says no',
  );
});

test('the container web is gone', () => {
  const web = container(run().host, 'web');
  check(
    !web,
    web?.state === 'exited'
      ? 'web is stopped but still exists: a stopped container still uses its image, so `docker rm web` too'
      : `web still exists (${web?.state}): a container keeps its image alive; stop and remove it`,
  );
});

test('no image is tagged nginx any more', () => {
  check(!image(run().host, 'nginx'), 'nginx:latest is still there');
});

test('the image itself is deleted, not just untagged', () => {
  const { host } = run();
  const leftovers = host.snapshot().images.filter((i) => i.repoTags.length === 0);
  check(
    leftovers.length === 0,
    `an untagged image (${leftovers[0]?.id.slice(7, 19)}) is left: \`rmi -f\` by tag only removes the name while a container uses the image; remove the container first, then the image`,
  );
  check(
    host.snapshot().images.length === 0,
    `images left: ${namedList(host.snapshot().images.map((i) => i.repoTags.join(' ') || i.id.slice(7, 19)))}`,
  );
});
