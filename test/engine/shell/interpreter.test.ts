// The one interpreter inside containers: each image's shell (ash in alpine and busybox, dash as
// Debian's sh, bash), its prompt, `exit` (bash says "exit", ash and dash say nothing), `exit N`
// as the status of `docker run -it`, and $?.
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('interactive shells per image', () => {
  it("alpine: ash's `\\w \\$ ` prompt, cd errors, $?, and exit 3 ends the container with 3", () => {
    const { run, host } = testHost();
    run('docker pull alpine');
    expect(run('docker run -it --name box alpine')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(host.prompt()).toBe('/ # ');
    expect(run('cd /nope')).toEqual({ stdout: '', stderr: "sh: cd: can't cd to /nope: No such file or directory\n", exitCode: 2 });
    expect(run('echo $?')).toEqual({ stdout: '2\n', stderr: '', exitCode: 0 });
    run('cd /etc');
    expect(host.prompt()).toBe('/etc # ');
    expect(run('cd -')).toEqual({ stdout: '/\n', stderr: '', exitCode: 0 });
    run('cd');
    expect(host.prompt()).toBe('~ # ');
    expect(run('exit 3')).toEqual({ stdout: '', stderr: '', exitCode: 3 });
    expect(host.prompt()).toBe('$ ');
    expect(run('echo $?')).toEqual({ stdout: '3\n', stderr: '', exitCode: 0 });
    expect(run('docker ps -a --format "{{.Names}} {{.Status}}"').stdout).toBe('box Exited (3) Less than a second ago\n');
    expect(run('docker inspect -f "{{.State.ExitCode}}" box').stdout).toBe('3\n');
  });

  it('busybox: `/ # ` and a silent exit', () => {
    const { run, host } = testHost();
    run('docker pull busybox');
    run('docker run -it busybox');
    expect(host.prompt()).toBe('/ # ');
    expect(run('exit')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('ubuntu: bash\'s user@hostname:cwd# prompt; exit prints "exit" and keeps the last status', () => {
    const { run, host } = testHost();
    run('docker pull ubuntu');
    const id = run('docker create -it --name uu ubuntu').stdout.slice(0, 12);
    run('docker start -ai uu');
    expect(host.prompt()).toBe(`root@${id}:/# `);
    run('cd /tmp');
    expect(host.prompt()).toBe(`root@${id}:/tmp# `);
    expect(run('false')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
    expect(run('echo $?')).toEqual({ stdout: '1\n', stderr: '', exitCode: 0 });
    expect(run('false; exit')).toEqual({ stdout: 'exit\n', stderr: '', exitCode: 1 });
    expect(run('docker ps -a --format "{{.Status}}"').stdout).toBe('Exited (1) Less than a second ago\n');
  });

  it('exit with a word is an error in each shell; exit 300 wraps to 44', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker exec -it web bash');
    expect(run('exit abc')).toEqual({ stdout: 'exit\n', stderr: 'bash: exit: abc: numeric argument required\n', exitCode: 2 });
    run('docker exec -it web sh');
    expect(run('exit 300')).toEqual({ stdout: '', stderr: '', exitCode: 44 });
    expect(run('echo $?').stdout).toBe('44\n');
  });

  it('sh -c scripts use the same interpreter: $? and exit inside', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run(`docker run --rm alpine sh -c 'false; echo $?; exit 5; echo no'`)).toEqual({ stdout: '1\n', stderr: '', exitCode: 5 });
  });
});

// The same interpreter runs redirections and pipes inside containers; what a shell writes there
// lands in the container's writable layer (docker diff), never in the image.
describe('redirections and pipes inside containers', () => {
  it("dash (nginx sh): > writes the writable layer, pipes and < work, with dash's words for a failed open", () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker exec -it web sh');
    expect(run('echo hi > /tmp/x')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(run('cat /tmp/x | cat')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    expect(run('cat < /tmp/x')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    expect(run('cat < /nope')).toEqual({ stdout: '', stderr: 'sh: 1: cannot open /nope: No such file\n', exitCode: 2 });
    expect(run('echo a > /nope/x')).toEqual({ stdout: '', stderr: 'sh: 1: cannot create /nope/x: Directory nonexistent\n', exitCode: 2 });
    expect(run('cat /nope 2>/dev/null; echo $?')).toEqual({ stdout: '1\n', stderr: '', exitCode: 0 });
    run('exit');
    expect(
      run('docker diff web')
        .stdout.split('\n')
        .filter((l) => l.includes('/tmp')),
    ).toEqual(['C /tmp', 'A /tmp/x']);
    expect(run('docker run --rm nginx cat /tmp/x')).toEqual({
      stdout: '',
      stderr: 'cat: /tmp/x: No such file or directory\n',
      exitCode: 1,
    });
  });

  it('bash and ash word a failed < their own way; sh -c scripts pipe too', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker exec -it web bash');
    expect(run('cat < /nope')).toEqual({ stdout: '', stderr: 'bash: /nope: No such file or directory\n', exitCode: 1 });
    run('exit');
    run('docker pull alpine');
    expect(run('docker run --rm alpine sh -c "echo x | cat; cat < /nope"')).toEqual({
      stdout: 'x\n',
      stderr: "sh: can't open /nope: No such file or directory\n",
      exitCode: 2,
    });
  });
});
