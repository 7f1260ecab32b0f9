// engine/output.ts: a result keeps the order its writes were made in, across docker's streams,
// the host shell's command lists and the shells inside containers.
import { describe, expect, it } from 'vitest';
import { ordered, terminated } from '../../engine/output';
import { testHost } from './host';

describe('ordered output', () => {
  it('merges adjacent writes to one stream, drops empty ones, and joins each stream', () => {
    expect(
      ordered(
        [
          { stream: 'stdout', text: 'a\n' },
          { stream: 'stdout', text: '' },
          { stream: 'stdout', text: 'b\n' },
          { stream: 'stderr', text: 'e\n' },
          { stream: 'stdout', text: 'c\n' },
        ],
        1,
      ),
    ).toEqual({
      stdout: 'a\nb\nc\n',
      stderr: 'e\n',
      exitCode: 1,
      output: [
        { stream: 'stdout', text: 'a\nb\n' },
        { stream: 'stderr', text: 'e\n' },
        { stream: 'stdout', text: 'c\n' },
      ],
    });
  });

  it('ends each stream with a newline where its last write is', () => {
    expect(
      terminated(
        ordered(
          [
            { stream: 'stdout', text: 'a' },
            { stream: 'stderr', text: 'e' },
            { stream: 'stdout', text: 'b' },
          ],
          0,
        ),
      ).output,
    ).toEqual([
      { stream: 'stdout', text: 'a' },
      { stream: 'stderr', text: 'e\n' },
      { stream: 'stdout', text: 'b\n' },
    ]);
  });

  it("puts run -d's pull progress before the ID, and a failed start after it", () => {
    const { host } = testHost();
    host.execute('docker run -d -p 8080:80 nginx');
    const r = host.execute('docker run -d -p 8080:6379 redis');
    expect(r.exitCode).toBe(125);
    expect(r.output.map((c) => c.stream)).toEqual(['stderr', 'stdout', 'stderr']);
    expect(r.output[0]!.text).toMatch(
      /^Unable to find image 'redis:latest' locally\nlatest: Pulling from library\/redis\n[^]*Status: Downloaded newer image for redis:latest\n$/,
    );
    expect(r.output[1]!.text).toMatch(/^[0-9a-f]{64}\n$/);
    expect(r.output[2]!.text).toMatch(
      /^docker: Error response from daemon: failed to set up container networking: .* Bind for 0\.0\.0\.0:8080 failed: port is already allocated\n\nRun 'docker run --help' for more information\n$/,
    );
  });

  it("prints start's failures as they happen, then its summary", () => {
    const { host } = testHost();
    host.execute('docker create --name web nginx');
    expect(host.execute('docker start web nope web').output).toEqual([
      { stream: 'stdout', text: 'web\n' },
      { stream: 'stderr', text: 'Error response from daemon: No such container: nope\n' },
      { stream: 'stdout', text: 'web\n' },
      { stream: 'stderr', text: 'failed to start containers: nope\n' },
    ]);
  });

  it("prints stop's failures after every success", () => {
    const { host } = testHost();
    host.execute('docker run -d --name web nginx');
    expect(host.execute('docker stop nope web').output).toEqual([
      { stream: 'stdout', text: 'web\n' },
      { stream: 'stderr', text: 'Error response from daemon: No such container: nope\n' },
    ]);
  });

  it('keeps the order across the commands of a host line', () => {
    const { host } = testHost();
    expect(host.execute('cat nope; echo one && docker rm nope || pwd').output).toEqual([
      { stream: 'stderr', text: 'cat: nope: No such file or directory\n' },
      { stream: 'stdout', text: 'one\n' },
      { stream: 'stderr', text: 'Error response from daemon: No such container: nope\n' },
      { stream: 'stdout', text: '/home/learner/app\n' },
    ]);
  });

  it("keeps the order inside a container's shell", () => {
    const { host } = testHost();
    host.execute('docker run -d --name web nginx');
    expect(host.execute(`docker exec web sh -c 'echo one; ls /nope; echo two'`).output).toEqual([
      { stream: 'stdout', text: 'one\n' },
      { stream: 'stderr', text: "ls: cannot access '/nope': No such file or directory\n" },
      { stream: 'stdout', text: 'two\n' },
    ]);
  });
});
