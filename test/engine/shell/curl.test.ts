// curl inside a container: localhost is the container itself, so its own server answers on the
// port it listens on, published or not, from the container's own files.
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('curl inside a container', () => {
  it("reaches the container's own nginx without any -p, and the request shows in its log as from 127.0.0.1", () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker exec web sh -c "echo inside > /usr/share/nginx/html/index.html"');
    expect(run('docker exec web curl -s localhost')).toEqual({ stdout: 'inside\n', stderr: '', exitCode: 0 });
    expect(run('docker exec web curl -s http://127.0.0.1/nope').stdout).toContain('404 Not Found');
    const log = run('docker logs web').stdout;
    expect(log).toMatch(/^127\.0\.0\.1 - - \[27\/Nov\/2026:10:00:00 \+0000\] "GET \/ HTTP\/1\.1" 200 7 "-" "curl\/8\.14\.1" "-"$/m);
    // From the host, the same container cannot be reached: nothing was published.
    expect(run('curl -s http://localhost/').exitCode).toBe(7);
  });

  it('is refused on other ports, or when the server is not the running process; other hosts do not resolve', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker exec web curl -s localhost:8080').stderr).toBe(
      "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n",
    );
    expect(run('docker exec web curl -s http://web/').stderr).toBe('curl: (6) Could not resolve host: web\n');
    expect(run('docker run --rm nginx curl -s localhost').exitCode).toBe(7);
    // Images without curl say so, as exec does.
    run('docker run -d --name al alpine sleep 60');
    expect(run('docker exec al curl localhost').exitCode).toBe(127);
  });
});
