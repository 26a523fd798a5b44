/**
 * The `factcheck` command: commander wiring around the library. No NLP happens here; the
 * decisions about colour, width and messages live in cli-options.ts where tests can reach them.
 *
 * Exit codes: 0 success; 2 usage error or any input that could not be read (the other inputs
 * are still reported); 70 an unexpected internal error.
 */
import { writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { annotate, buildReport, compileLexicon, formatterNames, getFormatter, toolVersion, type DocumentReport } from './index.js';
import { InputError, readInput, type Input } from './read/index.js';
import { DEFAULT_FORMATTER } from './report/formatters/index.js';
import {
  describeError,
  HELP_HINT,
  INTERNAL_EXIT,
  oneLine,
  parseWidth,
  resolveWidth,
  shouldUseColor,
  USAGE_EXIT,
  usageLine,
} from './cli-options.js';

interface Flags {
  format: string;
  output?: string;
  explain?: boolean;
  color: boolean;
  width?: number;
  stdinFilename: string;
  quiet?: boolean;
}

function helpFooter(): string {
  const names = formatterNames();
  const pad = Math.max(...names.map((n) => n.length));
  const formats = names.map((name) => `  ${name.padEnd(pad)}  ${getFormatter(name)?.description ?? ''}`);
  return [
    '',
    'Formats:',
    ...formats,
    '',
    'Examples:',
    '  factcheck article.txt',
    `  factcheck article.txt --format json | jq '.documents[0].statements[] | select(.label=="unverified") | .text'`,
    '  cat article.txt | factcheck -',
    '  factcheck a.txt b.txt -o report.json --format json',
    '',
    'Exit status: 0 on success, 2 on a usage error or an unreadable input (the others are still reported).',
  ].join('\n');
}

function createProgram(): Command {
  return new Command('factcheck')
    .description('Split news articles into statements and label each one assertion, denial, unverified or background.')
    .argument('[files...]', 'articles to check; "-" reads stdin, the default when stdin is not a terminal')
    .addOption(new Option('--format <name>', 'output format').choices(formatterNames()).default(DEFAULT_FORMATTER))
    .option('-o, --output <file>', 'write the report to <file> instead of stdout')
    .option('--explain', 'show the rule, confidence and cues behind every label')
    .option('--no-color', 'no colour, even with FORCE_COLOR (default: colour on a terminal unless NO_COLOR is set)')
    .option('--width <n>', 'wrap the text report at <n> columns (default: the terminal width, else 80)', parseWidth)
    .option('--stdin-filename <name>', 'the name reports show for stdin', '-')
    .option('-q, --quiet', 'print no warnings on stderr (input errors are still printed)')
    .version(toolVersion(), '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show this help and exit')
    .addHelpText('after', helpFooter())
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(`${usageLine(message)}\n${HELP_HINT}\n`) });
}

/** Annotate every input that can be read; each one that cannot costs one stderr line, not the run. */
async function annotateAll(paths: readonly string[], flags: Flags): Promise<{ documents: DocumentReport[]; failed: boolean }> {
  const lexicon = compileLexicon();
  const documents: DocumentReport[] = [];
  let failed = false;
  // stdin can be consumed once; a repeated "-" reuses what was read instead of seeing an empty stream.
  let stdin: Promise<Input> | undefined;
  for (const path of paths) {
    const shown = path === '-' ? flags.stdinFilename : path;
    try {
      const input = path === '-' ? await (stdin ??= readInput('-', process.stdin)) : await readInput(path);
      documents.push(annotate(input.text, { path: shown, lexicon }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`factcheck: ${oneLine(shown)}: ${oneLine(error.problem)}\n`);
      failed = true;
    }
  }
  return { documents, failed };
}

async function run(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  program.parse([...argv], { from: 'user' });
  const flags = program.opts<Flags>();
  const warn = (message: string): void => {
    if (!flags.quiet) process.stderr.write(`factcheck: warning: ${oneLine(message)}\n`);
  };

  let paths = program.args;
  if (paths.length === 0) {
    if (process.stdin.isTTY) program.error('no input files (give a path, or "-" to read stdin)', { exitCode: USAGE_EXIT });
    paths = ['-'];
  }
  if (program.getOptionValueSource('stdinFilename') === 'cli' && !paths.includes('-')) {
    warn('--stdin-filename has no effect: no input reads stdin');
  }

  const { documents, failed } = await annotateAll(paths, flags);
  // With every input failed there is nothing to report, and an empty report must not overwrite --output.
  if (documents.length === 0) return USAGE_EXIT;

  const formatter = getFormatter(flags.format);
  if (formatter === undefined) throw new Error(`no formatter named ${flags.format}`);
  const toTerminal = flags.output === undefined && process.stdout.isTTY === true;
  const output = formatter.format(buildReport(documents), {
    color: shouldUseColor({ flag: flags.color, env: process.env, isTTY: toTerminal }),
    width: resolveWidth({ flag: flags.width, isTTY: toTerminal, columns: process.stdout.columns }),
    explain: flags.explain === true,
  });

  if (flags.output === undefined) {
    process.stdout.write(output);
  } else {
    try {
      writeFileSync(flags.output, output);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      process.stderr.write(`factcheck: ${oneLine(flags.output)}: cannot write (${code ?? describeError(error)})\n`);
      return USAGE_EXIT;
    }
  }
  return failed ? USAGE_EXIT : 0;
}

function internalError(error: unknown): void {
  process.stderr.write(`factcheck: internal error: ${oneLine(describeError(error))}\n`);
  process.exit(INTERNAL_EXIT);
}

// `factcheck file | head -1` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit();
  internalError(error);
});
// Errors from stream callbacks bypass the try below; they must not reach the user as stack traces either.
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  // commander has already printed its message (or the help or version) through configureOutput.
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : USAGE_EXIT;
  else internalError(error);
}
