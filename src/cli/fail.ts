import { terminalLine } from './terminal';

/** A problem with the command's input: reported on one line, exit code 2, no stack trace. */
export class InputError extends Error {}

export function runCli(name: string, main: (argv: string[]) => void | Promise<void>): void {
  const report = (error: unknown): void => {
    if (error instanceof InputError) {
      process.stderr.write(`${name}: ${terminalLine(error.message)}\n`);
      process.exitCode = 2;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${name}: internal error: ${terminalLine(message.split('\n')[0] ?? '')}\n`);
    process.exitCode = 1;
  };
  try {
    const result = main(process.argv.slice(2));
    if (result instanceof Promise) result.catch(report);
  } catch (error) {
    report(error);
  }
}
