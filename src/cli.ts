/**
 * The `factcheck` command: commander wiring around the library. No NLP happens here; the
 * decisions about colour, width, settings and messages live in cli-options.ts, reading in
 * read/, the policy and the config in check/, writing in cli-output.ts.
 *
 * Exit codes: 0 success; 1 `check` found an error (or more warnings than --max-warnings); 2 usage, config, baseline
 * or input error (the other inputs are still reported; 2 wins over 1); 70 an internal error.
 */
import { Command, CommanderError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { hasPolicy, type PolicyOptions } from './check/policy.js';
import type { PolicySeverities } from './check/severity.js';
import { BaselineError, checkSettings, finishCheck, loadBaselines } from './cli-check.js';
import { repositoryPath } from './report/locate.js';
import { ConfigError, displayPath, findConfig, loadConfig, type Config } from './check/config.js';
import { annotateDocuments } from './cli-batch.js';
import { Output, OutputError, ReportWriter } from './cli-output.js';
import { compileLexicon, formatterNames, getFormatter, LABELLERS, toolVersion, type Labeller } from './index.js';
import { DEFAULT_MAX_BYTES, INPUT_FORMATS, type InputFormat } from './read/index.js';
import { shouldShowProgress } from './batch/progress.js';
import { DEFAULT_FORMATTER, isStreaming } from './report/formatters/index.js';
import {
  describeError,
  givenPolicyFlags,
  HELP_HINT,
  INTERNAL_EXIT,
  mergePolicy,
  oneLine,
  parseConfidenceOption,
  parseLabelsOption,
  parseLimitOption,
  parseMaxBytesOption,
  parseMaxWarningsOption,
  parseSeverityOption,
  repositoryRoot,
  choiceParser,
  parseTopOption,
  printedConfig,
  parseWidth,
  resolveWidth,
  shouldUseColor,
  splitCommand,
  USAGE_EXIT,
  usageLine,
  VIOLATION_EXIT,
} from './cli-options.js';

interface Flags extends PolicyOptions {
  format: string;
  output?: string;
  explain?: boolean;
  bySource?: boolean;
  top?: number;
  color: boolean;
  width?: number;
  stdinFilename: string;
  quiet?: boolean;
  verbose?: boolean;
  check?: boolean;
  inputFormat: InputFormat;
  maxBytes?: number;
  labeller: Labeller;
  /** A path, false for --no-config, undefined to search. */
  config?: string | false;
  /** --print-config: true, or the file whose settings to print. */
  printConfig?: string | true;
  severity?: PolicySeverities;
  maxWarnings?: number;
  baseline?: string;
  writeBaseline?: string;
  /** false for --no-ignore: .factcheckignore is not read. */
  ignore: boolean;
}

function helpFooter(): string {
  const names = formatterNames();
  const pad = Math.max(...names.map((n) => n.length));
  const formats = names.map((name) => `  ${name.padEnd(pad)}  ${getFormatter(name)?.description ?? ''}`);
  return [
    '',
    'Commands:',
    '  check [options] [files...]  apply the policy (options, else the config file); the same as --check',
    '  lsp [--stdio]               run the language server for editors (diagnostics, hover, code actions)',
    '',
    'Formats:',
    ...formats,
    '',
    'Examples:',
    '  factcheck article.txt',
    '  factcheck article.txt --by-source            # statements grouped by who says them',
    '  factcheck article.txt --top 5                # the 5 claims most worth checking, with source and why',
    `  factcheck article.txt --format json | jq '.documents[0].statements[] | select(.label=="unverified") | .text'`,
    '  cat article.txt | factcheck -',
    '  factcheck a.txt b.txt -o report.json --format json',
    "  factcheck articles/ page.html 'drafts/**/*.md'",
    '  factcheck check articles/ --max-unverified 20% --fail-on denial',
    '  producer | factcheck --input-format ndjson --format ndjson',
    '',
    'Config: factcheck.config.json (or "factcheck" in package.json), nearest up from here; options override it.',
    'Exit status: 0 on success, 1 when check finds an error (or too many warnings), 2 on a usage, config or input error',
    '(the other inputs are still reported).',
  ].join('\n');
}

/** `factcheck check --help`: what check does, its policy options first in mind. */
function checkHelpFooter(): string {
  return [
    '',
    'The policy comes from the options above, else from the config file (factcheck.config.json).',
    '',
    'Examples:',
    '  factcheck check articles/ --max-unverified 20% --fail-on denial',
    '  factcheck check article.txt --require-source --min-confidence 0.6',
    '  factcheck check articles/ --format sarif -o factcheck.sarif      # for code scanning',
    '  factcheck check articles/ --format github                        # annotations in a GitHub workflow',
    '  factcheck check articles/ --require-source --severity require-source=warn --max-warnings 10',
    '  factcheck check articles/ --write-baseline factcheck-baseline.json  # accept today\'s violations',
    '  factcheck check articles/ --baseline factcheck-baseline.json        # fail only on new ones',
    '',
    'Accepted findings: <!-- factcheck-ignore-next --> (or the bare line in plain text),',
    '<!-- factcheck-disable [labels] --> … <!-- factcheck-enable -->, .factcheckignore, --baseline.',
    '',
    'Exit status: 0 when every document passes, 1 on an error or more warnings than --max-warnings,',
    '2 on a usage, config, baseline or input error (the other inputs are still checked).',
  ].join('\n');
}

function createProgram(checking = false): Command {
  return new Command(checking ? 'factcheck check' : 'factcheck')
    .description(
      checking
        ? 'Annotate the articles and check each against the policy: print the violations, exit 1 when a document breaks it.'
        : 'Split news articles into statements and label each one assertion, denial, unverified or background.',
    )
    .argument('[files...]', 'articles, directories or quoted globs; "-" reads stdin, the default when stdin is not a terminal')
    .addOption(new Option('--format <name>', 'output format (default: text, or the config\'s)').choices(formatterNames()).argParser(choiceParser(formatterNames())).default(DEFAULT_FORMATTER))
    .option('-o, --output <file>', 'write the report to <file> instead of stdout')
    .option('--explain', 'show the rule, confidence, cues and deciding features behind every label')
    .addOption(new Option('--labeller <by>', 'who decides the labels: model (the label model, rules as its features) or rules (the hand-written rules alone)').choices(LABELLERS).argParser(choiceParser(LABELLERS)).default('model'))
    .option('--by-source', 'text format: list the statements grouped by who says them')
    .addOption(new Option('--top <n>', 'text format: list only the n most check-worthy claims, with source and why').argParser(parseTopOption).conflicts('bySource'))
    .option('--no-color', 'no colour, even with FORCE_COLOR (default: colour on a terminal unless NO_COLOR is set)')
    .option('--width <n>', 'wrap the text report at <n> columns (default: COLUMNS, else the terminal width, else 80)', parseWidth)
    .option('--stdin-filename <name>', 'the name reports show for stdin', '-')
    .addOption(new Option('--input-format <name>', 'auto: HTML by extension (stdin: by content), else text; or text, html, ndjson ({"id","text"} a line), lines (one statement a line)').choices(INPUT_FORMATS).argParser(choiceParser(INPUT_FORMATS)).default('auto'))
    .option('--max-bytes <n>', `read at most n bytes of one document (a file, stdin, an NDJSON line): 16M, 512k, 0 for no limit (default: ${DEFAULT_MAX_BYTES / 1024 / 1024}M)`, parseMaxBytesOption)
    .option('--check', 'apply the policy and exit 1 when a document breaks it (as `factcheck check`)')
    .option('--max-unverified <n|n%>', 'policy: at most n (or n% of the) statements unverified, per document', parseLimitOption)
    .option('--max-denial <n|n%>', 'policy: at most n (or n% of the) statements denials, per document', parseLimitOption)
    .option('--fail-on <labels>', 'policy: no statement may have these labels (comma-separated)', parseLabelsOption)
    .option('--require-source', 'policy: every assertion and unverified statement must have a source')
    .option('--no-require-source', 'turn off a config\'s requireSource')
    .option('--min-confidence <x>', 'policy: flag labels less sure than x (0..1); they count as unverified', parseConfidenceOption)
    .option('--severity <policy=level,…>', 'check: error (the default) or warn for a policy, e.g. require-source=warn; a warning fails the check only past --max-warnings', parseSeverityOption)
    .option('--max-warnings <n>', 'check: fail when there are more than n warnings (default: no limit)', parseMaxWarningsOption)
    .option('--baseline <file>', 'check: accept the violations recorded in <file> (written by --write-baseline); warn about those that no longer occur')
    .option('--write-baseline <file>', 'check: record every violation of this run in <file> as accepted (kept: the entries of files not checked)')
    .option('--no-ignore', 'read the files .factcheckignore excludes')
    .option('--config <path>', 'read the settings from <path> instead of searching for factcheck.config.json')
    .option('--no-config', 'ignore config files')
    .option('--print-config [file]', 'print the settings that apply (to <file>: those of the config found from its folder), options included, as JSON, and exit')
    .addOption(new Option('-q, --quiet', 'no warnings; in check mode print only the violations').conflicts('verbose'))
    .option('--verbose', 'in check mode, print the report even when every document passes')
    .version(toolVersion(), '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show this help and exit')
    .addHelpText('after', checking ? checkHelpFooter() : helpFooter())
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(`${usageLine(message)}\n${HELP_HINT}\n`) });
}

function loadSettings(flags: Flags): Config | undefined {
  if (flags.config === false) return undefined;
  if (flags.config !== undefined) return loadConfig(flags.config, flags.config);
  // --print-config FILE: the config that FILE's folder would find.
  const from = typeof flags.printConfig === 'string' ? dirname(resolve(flags.printConfig)) : process.cwd();
  const found = findConfig(from);
  return found === undefined ? undefined : loadConfig(found, displayPath(found, process.cwd()));
}

/**
 * `factcheck lsp`: the language server over stdio, loaded only here (its own bundle,
 * dist/factcheck-lsp.mjs, or tsc's dist/lsp/ when only tsc has run). It runs until the client
 * sends exit or closes stdin; the library then ends the process.
 */
async function runLanguageServer(argv: readonly string[]): Promise<number> {
  new Command('factcheck lsp')
    .description('Run the language server: diagnostics, hover and code actions for .txt, .md and .html articles, over stdin and stdout.')
    .option('--stdio', 'talk over stdin and stdout (the default and only transport; editors pass it)')
    .helpOption('-h, --help', 'show this help and exit')
    .addHelpText('after', '\nThe check policy comes from the config file found from each document\'s folder (factcheck.config.json).\nSet-up for Neovim and VS Code: see the README, "In the editor: factcheck lsp".')
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(`${usageLine(message)}\n${HELP_HINT}\n`) })
    .parse(argv, { from: 'user' });
  const bundle = new URL('./factcheck-lsp.mjs', import.meta.url);
  const entry = existsSync(bundle) ? bundle : new URL('./lsp/main.js', import.meta.url);
  const server = (await import(entry.href)) as typeof import('./lsp/main.js');
  server.startLanguageServer();
  return new Promise<number>(() => {});
}

async function run(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'lsp') return runLanguageServer(argv.slice(1));
  const { check: checkCommand, rest } = splitCommand(argv);
  const program = createProgram(checkCommand);
  program.parse(rest, { from: 'user' });
  const flags = program.opts<Flags>();
  const checking = checkCommand || flags.check === true;
  const warn = (message: string): void => {
    if (!flags.quiet) process.stderr.write(`factcheck: warning: ${oneLine(message)}\n`);
  };

  const config = loadSettings(flags);
  const policy = mergePolicy(flags, config?.policy);
  const severities: PolicySeverities = { ...config?.severities, ...flags.severity };
  const maxWarnings = flags.maxWarnings ?? config?.maxWarnings;
  if (flags.printConfig !== undefined) {
    const format = program.getOptionValueSource('format') === 'cli' ? flags.format : (config?.format ?? flags.format);
    process.stdout.write(printedConfig(config, policy, { severities, maxWarnings }, format, flags.maxBytes ?? config?.maxBytes ?? DEFAULT_MAX_BYTES));
    return 0;
  }
  if (checking && !hasPolicy(policy)) {
    program.error('check needs a policy: give --max-unverified, --max-denial, --fail-on, --require-source or --min-confidence, or a config file', { exitCode: USAGE_EXIT });
  }
  const ignored = givenPolicyFlags(flags);
  for (const [given, flag] of [[flags.severity, '--severity'], [flags.maxWarnings, '--max-warnings'], [flags.baseline, '--baseline'], [flags.writeBaseline, '--write-baseline']] as const) {
    if (given !== undefined) ignored.push(flag);
  }
  if (!checking && ignored.length > 0) warn(`${ignored.join(', ')} only apply with --check or \`factcheck check\``);

  let paths = program.args;
  if (paths.length === 0) {
    if (process.stdin.isTTY) program.error('no input files (give a path, or "-" to read stdin)', { exitCode: USAGE_EXIT });
    paths = ['-'];
  }
  if (program.getOptionValueSource('stdinFilename') === 'cli' && !paths.includes('-')) {
    warn('--stdin-filename has no effect: no input reads stdin');
  }

  // A baseline that cannot be used stops the run before anything is read, as a bad config does.
  const baselines = checking ? loadBaselines(flags.baseline, flags.writeBaseline) : {};
  const root = repositoryRoot(process.env, process.cwd(), existsSync);
  const repository = root === undefined ? undefined : { root, cwd: process.cwd() };
  const check = checking ? checkSettings(policy, severities, baselines, repository) : undefined;

  const formatName = program.getOptionValueSource('format') === 'cli' ? flags.format : (config?.format ?? flags.format);
  if (formatName !== 'text' && (flags.bySource === true || flags.top !== undefined)) warn('--by-source and --top apply to the text format only');
  const formatter = getFormatter(formatName);
  if (formatter === undefined) throw new Error(`no formatter named ${formatName}`);
  const toTerminal = flags.output === undefined && process.stdout.isTTY === true;
  const output = new Output(flags.output);
  const writer = new ReportWriter({
    formatter,
    format: {
      color: shouldUseColor({ flag: flags.color, env: process.env, isTTY: toTerminal }),
      width: resolveWidth({ flag: flags.width, isTTY: toTerminal, columns: process.stdout.columns, env: process.env }),
      explain: flags.explain === true,
      bySource: flags.bySource === true,
      top: flags.top,
      // GitHub annotation paths are relative to the repository root, when there is one.
      ...(formatName === 'github' && repository !== undefined ? { paths: repository } : {}),
    },
    output,
    check,
    violationsOnly: checking && flags.quiet === true,
    // A passing check says nothing on the terminal, as linters do; files and machine formats are always written.
    silentWhenClean: checking && formatName === 'text' && flags.output === undefined && flags.verbose !== true,
  });

  const lexicon = compileLexicon(config?.lexicon);
  const furniture = config?.furniture ?? [];
  let failed = false;
  const checkedPaths = new Set<string>();
  try {
    const progress = shouldShowProgress({ stderrIsTTY: process.stderr.isTTY === true, quiet: flags.quiet === true, sharesTerminal: toTerminal && isStreaming(formatter) });
    const read = {
      format: flags.inputFormat,
      stdinName: flags.stdinFilename,
      stdin: process.stdin,
      maxBytes: flags.maxBytes ?? config?.maxBytes ?? DEFAULT_MAX_BYTES,
      ignore: flags.ignore,
      onIgnored: (path: string, file: string) => warn(`${path}: ignored by ${file} (--no-ignore checks it)`),
    };
    const stream = writer.streamSetup;
    for await (const event of annotateDocuments(paths, read, { lexicon, lexiconExtension: config?.lexicon, furniture, labeller: flags.labeller, lines: flags.inputFormat === 'lines', progress, stream })) {
      if (event.kind === 'error') {
        process.stderr.write(`factcheck: ${oneLine(event.path)}: ${oneLine(event.problem)}\n`);
        failed = true;
        continue;
      }
      for (const warning of event.warnings ?? []) warn(`${event.path}: ${warning}`);
      checkedPaths.add(repositoryPath(event.path, repository));
      if ('streamed' in event) await writer.addStreamed(event.streamed);
      else await writer.add(event.document, event.text);
    }
    await writer.finish();
  } finally {
    output.close();
  }
  if (!checking) return failed ? USAGE_EXIT : 0;
  const say = (message: string): void => void process.stderr.write(`factcheck: ${oneLine(message)}\n`);
  const violated = finishCheck({ baselines, writer, checkedPaths, maxWarnings, warn, say, quiet: flags.quiet === true });
  return failed ? USAGE_EXIT : violated ? VIOLATION_EXIT : 0;
}

function internalError(error: unknown): void {
  process.stderr.write(`factcheck: internal error: ${oneLine(describeError(error))}\n`);
  process.exit(INTERNAL_EXIT);
}

// A full disk (ENOSPC) or a reader that went away (EPIPE, `factcheck … | head -1`): the report
// is not all written, which a script must be able to tell from the exit status; one line says why.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  process.stderr.write(`factcheck: stdout: cannot write (${error.code ?? 'error'})\n`);
  process.exit(USAGE_EXIT);
});
// Errors from stream callbacks bypass the try below; they must not reach the user as stack traces either.
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  // commander has already printed its message (or the help or version) through configureOutput.
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : USAGE_EXIT;
  else if (error instanceof ConfigError || error instanceof BaselineError) {
    process.stderr.write(`factcheck: ${oneLine(error.message)}\n`);
    process.exitCode = USAGE_EXIT;
  } else if (error instanceof OutputError) {
    process.stderr.write(`factcheck: ${oneLine(error.path)}: cannot write (${error.code})\n`);
    process.exitCode = USAGE_EXIT;
  } else internalError(error);
}
