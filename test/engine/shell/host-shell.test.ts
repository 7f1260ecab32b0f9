// The learner's host shell (bash): cd, ~, $?, $HOME, pwd, and the prompt that follows the directory.
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('the host shell', () => {
  it("cd, cd -, cd .., cd ~ and cd alone, with bash's errors and $?", () => {
    const { run, host } = testHost();
    expect(run('pwd')).toEqual({ stdout: '/home/learner/app\n', stderr: '', exitCode: 0 });
    expect(host.prompt()).toBe('$ ');
    expect(run('cd nope')).toEqual({ stdout: '', stderr: 'bash: cd: nope: No such file or directory\n', exitCode: 1 });
    expect(run('echo $?')).toEqual({ stdout: '1\n', stderr: '', exitCode: 0 });
    expect(run('echo $?')).toEqual({ stdout: '0\n', stderr: '', exitCode: 0 });
    expect(run('cd Dockerfile')).toEqual({ stdout: '', stderr: 'bash: cd: Dockerfile: Not a directory\n', exitCode: 1 });
    expect(run('cd a b')).toEqual({ stdout: '', stderr: 'bash: cd: too many arguments\n', exitCode: 1 });
    expect(run('cd ..')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(host.prompt()).toBe('~ $ ');
    expect(run('ls')).toEqual({ stdout: 'app\n', stderr: '', exitCode: 0 });
    expect(run('cd -')).toEqual({ stdout: '/home/learner/app\n', stderr: '', exitCode: 0 });
    expect(run('cd /tmp && pwd')).toEqual({ stdout: '/tmp\n', stderr: '', exitCode: 0 });
    expect(host.prompt()).toBe('/tmp $ ');
    expect(run('cd && pwd')).toEqual({ stdout: '/home/learner\n', stderr: '', exitCode: 0 });
    expect(run('cd ~/app && pwd && echo $HOME $PWD $OLDPWD')).toEqual({
      stdout: '/home/learner/app\n/home/learner /home/learner/app /home/learner\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('cd - before any cd is bash\'s "OLDPWD not set"', () => {
    const { run } = testHost();
    expect(run('cd -')).toEqual({ stdout: '', stderr: 'bash: cd: OLDPWD not set\n', exitCode: 1 });
  });

  it('~ expands unquoted at the start of a word; the build context is ~/app', () => {
    const { run } = testHost();
    expect(run('ls ~/app')).toEqual({ stdout: 'Dockerfile\nindex.html\n', stderr: '', exitCode: 0 });
    expect(run('echo ~ \'~\' "~" a~')).toEqual({ stdout: '/home/learner ~ ~ a~\n', stderr: '', exitCode: 0 });
  });

  it('files and docker follow the directory: cat, >, and docker build . from elsewhere', () => {
    const { run } = testHost();
    run('cd ~');
    expect(run('cat app/Dockerfile').stdout).toBe('FROM nginx:1.29\nCOPY index.html /usr/share/nginx/html/index.html\nEXPOSE 80\n');
    expect(run('echo hi > note && cat note ~/note')).toEqual({ stdout: 'hi\nhi\n', stderr: '', exitCode: 0 });
    expect(run('cat app')).toEqual({ stdout: '', stderr: 'cat: app: Is a directory\n', exitCode: 1 });
    expect(run('docker build -q -t ctx app').exitCode).toBe(0);
  });

  it('$? is the status of the command before it on the same line, and a failed docker command sets it', () => {
    const { run } = testHost();
    expect(run('false; echo $?; true && echo $?')).toEqual({ stdout: '1\n0\n', stderr: '', exitCode: 0 });
    run('docker nope');
    expect(run('echo $?')).toEqual({ stdout: '1\n', stderr: '', exitCode: 0 });
    expect(run('nope')).toEqual({ stdout: '', stderr: 'bash: nope: command not found\n', exitCode: 127 });
    expect(run('echo $?')).toEqual({ stdout: '127\n', stderr: '', exitCode: 0 });
  });

  it('answers a 4 MB and a 16 MB line', () => {
    const { run } = testHost();
    for (const mb of [4, 16]) {
      const word = 'a'.repeat(mb * 2 ** 20);
      expect(run(`echo ${word}`)).toEqual({ stdout: word + '\n', stderr: '', exitCode: 0 });
      expect(run(word)).toEqual({ stdout: '', stderr: `bash: ${word}: command not found\n`, exitCode: 127 });
    }
  }, 120_000);
});

// Redirections and pipes on the host (bash redir.c semantics: a target is opened, created or
// truncated, before the command runs; a failed open runs nothing; fds apply left to right).
describe('the host shell: redirections and pipes', () => {
  it('> and >> write text files that cat reads back; docker output redirects like any command', () => {
    const { run } = testHost();
    expect(run('echo hi > f')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(run('echo there >> f')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(run('cat f')).toEqual({ stdout: 'hi\nthere\n', stderr: '', exitCode: 0 });
    expect(run('cat < f')).toEqual({ stdout: 'hi\nthere\n', stderr: '', exitCode: 0 });
    run('docker run -d --name web nginx');
    const ps = run('docker ps --format "{{.Names}} {{.Image}}"');
    expect(run('docker ps --format "{{.Names}} {{.Image}}" > ps.txt')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(run('cat ps.txt')).toEqual(ps);
    // The target is created before ls runs, so ls lists it (as bash does).
    expect(run('ls > list.txt; cat list.txt')).toEqual({
      stdout: 'Dockerfile\nf\nindex.html\nlist.txt\nps.txt\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it("a redirect that cannot open runs nothing and says bash's words", () => {
    const { run } = testHost();
    expect(run('echo a > /nope/x')).toEqual({ stdout: '', stderr: 'bash: /nope/x: No such file or directory\n', exitCode: 1 });
    expect(run('echo a > /tmp')).toEqual({ stdout: '', stderr: 'bash: /tmp: Is a directory\n', exitCode: 1 });
    expect(run('docker load < nope.tar')).toEqual({ stdout: '', stderr: 'bash: nope.tar: No such file or directory\n', exitCode: 1 });
    expect(run('echo a >&3')).toEqual({ stdout: '', stderr: 'bash: 3: Bad file descriptor\n', exitCode: 1 });
  });

  it('2>, 2>&1, &> and /dev/null send stderr where they say', () => {
    const { run } = testHost();
    const noSuch = 'Error response from daemon: No such container: nope\n';
    expect(run('docker rm nope 2>/dev/null; echo $?')).toEqual({ stdout: '1\n', stderr: '', exitCode: 0 });
    expect(run('docker rm nope > /dev/null')).toEqual({ stdout: '', stderr: noSuch, exitCode: 1 });
    expect(run('docker rm nope 2>&1 | cat')).toEqual({ stdout: noSuch, stderr: '', exitCode: 0 });
    expect(run('docker rm nope 2> err.txt; cat err.txt')).toEqual({ stdout: noSuch, stderr: '', exitCode: 0 });
    expect(run('docker rm nope &> both.txt; cat both.txt')).toEqual({ stdout: noSuch, stderr: '', exitCode: 0 });
  });

  it("a pipe passes stdout on, its status is the last command's, and cd in a pipe changes nothing", () => {
    const { run, host } = testHost();
    expect(run('echo hi | cat')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    expect(run('cat nope | cat')).toEqual({ stdout: '', stderr: 'cat: nope: No such file or directory\n', exitCode: 0 });
    expect(run('echo hi | false')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
    expect(run('cd /tmp | cat; pwd')).toEqual({ stdout: '/home/learner/app\n', stderr: '', exitCode: 0 });
    expect(host.prompt()).toBe('$ ');
  });

  it('docker follows the directory a line reaches before it runs', () => {
    const { run, host } = testHost();
    run('docker pull alpine');
    expect(run('cd /tmp && docker save -o a.tar alpine && ls')).toEqual({ stdout: 'a.tar\n', stderr: '', exitCode: 0 });
    expect(host.hostFileBytes('/tmp/a.tar')?.length).toBeGreaterThan(0);
  });
});

describe('exit at the host prompt', () => {
  // bash prints "exit" on stderr as an interactive shell leaves (builtins/exit.def); the kit's
  // terminal cannot close, so a fresh shell takes over in the starting directory.
  it('says "exit", keeps the status for the line, and starts over in ~/app with $? 0', () => {
    const { run, host } = testHost();
    run('cd /tmp');
    expect(host.prompt()).toBe('/tmp $ ');
    expect(run('false; exit')).toEqual({ stdout: '', stderr: 'exit\n', exitCode: 1 });
    expect(host.prompt()).toBe('$ ');
    expect(run('echo $? $PWD')).toEqual({ stdout: '0 /home/learner/app\n', stderr: '', exitCode: 0 });
    expect(run('exit 3; echo never')).toEqual({ stdout: '', stderr: 'exit\n', exitCode: 3 });
    expect(run('exit abc')).toEqual({ stdout: '', stderr: 'exit\nbash: exit: abc: numeric argument required\n', exitCode: 2 });
    expect(run('cd - ')).toEqual({ stdout: '', stderr: 'bash: cd: OLDPWD not set\n', exitCode: 1 });
  });
});
