// The shell on a terminal: the engine's prompt (which changes inside `docker run -it … sh`),
// readline's line editing and history, Tab completion from the engine. Ctrl+C drops the line;
// Ctrl+D or `exit` leaves (inside a container session they end that session instead).
import { createInterface, type Interface } from 'node:readline';
import type { Host } from '../../engine/index';
import { completer } from './completer';
import { hostExit, onHost } from './host-exit';
import { writeResult, type Streams } from './output';

export function runInteractive(host: Host, input: NodeJS.ReadableStream, streams: Streams): Promise<number> {
  return new Promise((resolve) => {
    let history: string[] = [];
    let leaving: number | undefined;

    const open = (): Interface => {
      const rl = createInterface({
        input,
        output: streams.out,
        terminal: true,
        completer: completer(host),
        history,
        historySize: 1000,
        removeHistoryDuplicates: true,
        prompt: host.prompt(),
      });
      // readline keeps its history on the interface; a new interface (after Ctrl+D in a
      // container session) starts from the same list.
      rl.on('history', (h: string[]) => {
        history = h;
      });
      rl.on('line', (line) => {
        const leave = hostExit(host.prompt(), line);
        if (leave !== undefined) {
          leaving = leave;
          rl.close();
          return;
        }
        writeResult(host.execute(line), streams);
        rl.setPrompt(host.prompt());
        rl.prompt();
      });
      rl.on('SIGINT', () => {
        // As bash: show ^C, drop what was typed, a fresh prompt.
        streams.out.write('^C\n');
        rl.write(null, { ctrl: true, name: 'e' });
        rl.write(null, { ctrl: true, name: 'u' });
        rl.setPrompt(host.prompt());
        rl.prompt();
      });
      rl.on('close', () => {
        if (leaving === undefined && !onHost(host.prompt())) {
          // Ctrl+D inside a container's shell ends that shell, which prints "exit" on the prompt's
          // line as bash does (ash and dash print nothing: the line ends); at a question it answers no. This shell goes on.
          const session = /[#$] $/.test(host.prompt());
          if (!session) streams.out.write('\n');
          const result = host.execute(session ? 'exit' : 'n');
          if (session && result.stdout === '') streams.out.write('\n');
          writeResult(result, streams);
          open().prompt();
          return;
        }
        if (leaving === undefined) streams.out.write('\n');
        resolve(leaving ?? 0);
      });
      return rl;
    };

    open().prompt();
  });
}
