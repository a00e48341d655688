// A progress bar on stderr for people watching a long scan: files done, files per second, time left.
// Only on a terminal, and never in CI (CI is set by every common CI service), where it would only
// fill the log with redraws.
import { SingleBar } from 'cli-progress';

export interface Progress {
  tick(): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => undefined, stop: () => undefined };

export function wantsProgress(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.CI;
}

export function startProgress(total: number, stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): Progress {
  if (!wantsProgress(stream, env) || total === 0) return SILENT;
  // The cursor stays visible: a scan stopped with Ctrl+C would leave the terminal without one.
  const bar = new SingleBar({
    stream,
    format: '{bar} {value}/{total} files | {speed} files/s | {eta_formatted} left',
    clearOnComplete: true,
    etaBuffer: 200,
  });
  const started = Date.now();
  bar.start(total, 0, { speed: '-' });
  let done = 0;
  return {
    tick() {
      done++;
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { speed: seconds > 0 ? (done / seconds).toFixed(0) : '-' });
    },
    stop: () => bar.stop(),
  };
}
