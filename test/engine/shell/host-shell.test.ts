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
