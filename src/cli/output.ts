import cliProgress from 'cli-progress';

export interface OutputOptions {
  json?: boolean;
}

// Human output by default; one JSON document with --json.
export function report(options: OutputOptions, data: unknown, human: string): void {
  process.stdout.write(options.json ? `${JSON.stringify(data)}\n` : `${human}\n`);
}

export function fail(options: OutputOptions, message: string, data: Record<string, unknown> = {}): never {
  if (options.json) process.stdout.write(`${JSON.stringify({ error: message, ...data })}\n`);
  else process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

// A progress bar on a terminal; periodic lines on stderr otherwise (logs, CI).
export function progress(options: OutputOptions, label: string) {
  if (!options.json && process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done: number, total: number) {
        if (!started) bar.start(total, done);
        started = true;
        bar.update(done);
      },
      stop: () => bar.stop(),
    };
  }
  let lastPercent = -10;
  return {
    update(done: number, total: number) {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent >= lastPercent + 10 || done === total) {
        lastPercent = percent;
        process.stderr.write(`${label}: ${done}/${total} (${percent}%)\n`);
      }
    },
    stop: () => undefined,
  };
}
