// docker cp, as CLI v29 (cp.go, copySummary) and moby/go-archive (copy.go) behave: the change
// lands in the container's writable layer only, and the summary reports the files' bytes and the
// tar stream that carried them.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

const ok = (stderr: string) => ({ stdout: '', stderr, exitCode: 0 });

describe('docker cp into a container', () => {
  it("changes that container's files only: curl sees it, diff lists it, the image and its other containers do not", () => {
    const { run } = testHost();
    run('docker run -d --name web -p 8080:80 nginx');
    run('docker run -d --name twin -p 8081:80 nginx');
    run('echo "<h1>copied in</h1>" > page.html');
    expect(run('docker cp page.html web:/usr/share/nginx/html/index.html')).toEqual(
      ok('Successfully copied 19B (transferred 2.05kB) to web:/usr/share/nginx/html/index.html\n'),
    );
    expect(run('curl -s http://localhost:8080/').stdout).toBe('<h1>copied in</h1>\n');
    expect(run('curl -s http://localhost:8081/').stdout).toContain('Welcome to nginx!');
    expect(run('docker diff web').stdout).toContain('C /usr/share/nginx/html/index.html\n');
    expect(run('docker diff twin').stdout).not.toContain('/usr/share/nginx/html');
    run('docker run -d --name fresh -p 8082:80 nginx');
    expect(run('curl -s http://localhost:8082/').stdout).toContain('Welcome to nginx!');
  });

  it('copies into an existing directory under the same name, and a directory or its contents ("/.")', () => {
    const { run } = testHost();
    run('docker create --name box busybox');
    run('echo hi > note.txt');
    expect(run('docker cp note.txt box:/tmp/')).toEqual(ok('Successfully copied 3B (transferred 2.05kB) to box:/tmp/\n'));
    expect(run('docker cp note.txt box:/tmp/renamed.txt').exitCode).toBe(0);
    // A directory: one header per entry, content padded to 512 bytes, 1024 bytes of end marker.
    expect(run('echo a > d/a.txt').stderr).toBe('bash: d/a.txt: No such file or directory\n');
    run('mkdir d');
    expect(run('docker pull busybox > /dev/null')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    run('echo a > d/a.txt');
    run('echo bb > d/b.txt');
    expect(run('docker cp d box:/srv')).toEqual(ok('Successfully copied 5B (transferred 3.58kB) to box:/srv\n'));
    expect(run('docker cp d/. box:/opt')).toEqual(ok('Successfully copied 5B (transferred 3.58kB) to box:/opt\n'));
    expect(run('docker diff box').stdout).toBe(
      [
        'A /opt',
        'A /opt/a.txt',
        'A /opt/b.txt',
        'A /srv',
        'A /srv/a.txt',
        'A /srv/b.txt',
        'C /tmp',
        'A /tmp/note.txt',
        'A /tmp/renamed.txt',
        '',
      ].join('\n'),
    );
  });

  it('reports an empty file as 0B, as the CLI does', () => {
    const { run } = testHost();
    run('docker create --name box busybox');
    run('ls nothing-here > empty-file');
    expect(run('docker cp empty-file box:/empty-file')).toEqual(ok('Successfully copied 0B (transferred 1.54kB) to box:/empty-file\n'));
  });

  it('refuses what Docker refuses, in its words', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('echo x > f.txt');
    run('mkdir dir && echo y > dir/y.txt');
    const fail = (line: string) => {
      const r = run(line);
      expect(r.exitCode).toBe(1);
      return r.stderr;
    };
    expect(fail('docker cp nope.txt web:/tmp/')).toBe('lstat /home/learner/app/nope.txt: no such file or directory\n');
    expect(fail('docker cp f.txt nope:/tmp/')).toBe('Error response from daemon: No such container: nope\n');
    expect(fail('docker cp f.txt web:/missing/')).toBe('no such directory\n');
    expect(fail('docker cp f.txt web:/missing/f.txt')).toBe(
      'Error response from daemon: Could not find the file /missing in container web\n',
    );
    expect(fail('docker cp dir web:/etc/nginx/nginx.conf')).toBe('cannot copy directory\n');
    expect(fail('docker cp f.txt web:/etc/nginx/nginx.conf/x')).toBe('Error response from daemon: extraction point is not a directory\n');
    expect(fail('docker cp web:/etc/os-release web:/tmp/')).toBe('copying between containers is not supported\n');
    expect(fail('docker cp f.txt g.txt')).toBe('must specify at least one container source\n');
    expect(fail('docker cp "" web:/tmp')).toBe('source can not be empty\n');
    expect(fail('docker cp f.txt ""')).toBe('destination can not be empty\n');
    expect(fail('docker cp web:/etc/os-release -')).toMatch(/not simulated/);
    expect(fail('docker cp f.txt')).toMatch(
      /^docker: 'docker cp' requires 2 arguments\n\nUsage:  docker cp \[OPTIONS\] CONTAINER:SRC_PATH DEST_PATH\|-\n\tdocker cp/,
    );
  });
});

describe('docker cp out of a container', () => {
  it('copies a file or a directory to the host, also from a stopped container', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker exec web sh -c "echo changed > /usr/share/nginx/html/extra.html"');
    run('docker stop web');
    const conf = run('docker exec web cat /etc/nginx/nginx.conf');
    expect(conf.exitCode).not.toBe(0);
    const r = run('docker cp web:/etc/nginx/nginx.conf .');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^Successfully copied \d+B \(transferred [\d.]+kB\) to \/home\/learner\/app\/\.\n$/);
    expect(run('cat nginx.conf').stdout).toContain('worker_processes');
    // A directory reports the tar stream's size alone (the CLI has no content size for it).
    expect(run('docker cp web:/usr/share/nginx/html ./site')).toEqual(ok('Successfully copied 5.12kB to /home/learner/app/site\n'));
    expect(run('ls site').stdout).toBe('50x.html\nextra.html\nindex.html\n');
    expect(run('cat site/extra.html').stdout).toBe('changed\n');
    expect(run('ls').stdout).toBe('Dockerfile\nindex.html\nnginx.conf\nsite\n');
  });

  it('refuses a missing file, a missing output directory, and is silent with -q', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker cp web:/nope .').stderr).toBe('Error response from daemon: Could not find the file /nope in container web\n');
    expect(run('docker cp web:/etc/os-release /nowhere/x').stderr).toBe('invalid output path: directory "/nowhere" does not exist\n');
    expect(run('docker cp -q web:/etc/os-release os-release')).toEqual(ok(''));
    expect(run('cat os-release').stdout).toMatch(/^PRETTY_NAME="Debian GNU\/Linux/);
  });
});
