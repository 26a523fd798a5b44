/**
 * The GitHub Action (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml), exercised by
 * running the commands they run: the action's step scripts with bash as the runner runs them
 * (`bash --noprofile --norc -eo pipefail FILE`, inputs through `env:`), the hook's entry with its
 * args and the matching file names, as pre-commit calls it. Only `uses:` steps (setup-node) are
 * not run: the tests run on the Node that runs them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, baseEnv, lines, ROOT, run, tempDir } from './run.js';

const ARTICLE = 'Council budget\n\nThe budget may be cut, a source said.\n\nThe mayor denied the report.\n\nThe council approved the plan on Monday.\n';
const CLEAN = 'Park opens\n\nThe mayor opened the park on Sunday, the city said.\n';

let dir = '';
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A repository checkout with these files, and a .git folder: its root is the workspace. */
function workspace(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  mkdirSync(join(root, '.git'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

/** `${{ inputs.x }}`, `${{ github.action_path }}` and `${{ github.workspace }}`, as the runner evaluates them. */
function evaluate(text: string, inputs: Record<string, string>, workspaceDir: string): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_whole, name: string) => {
    if (name === 'github.action_path') return ROOT;
    if (name === 'github.workspace') return workspaceDir;
    const input = /^inputs\.([\w-]+)$/.exec(name);
    if (input === null || !(input[1]! in action.inputs)) throw new Error(`action.yml uses an expression the test does not know: ${name}`);
    return inputs[input[1]!] ?? action.inputs[input[1]!]!.default ?? '';
  });
}

/** Runs the action's run steps in order, as the runner does, until one fails; the result of the last one run. */
function runAction(workspaceDir: string, inputs: Record<string, string>): { status: number | null; stdout: string; stderr: string; steps: string[] } {
  const steps: string[] = [];
  let last = { status: 0 as number | null, stdout: '', stderr: '' };
  for (const [i, step] of action.runs.steps.entries()) {
    if (step.uses !== undefined) continue;
    const script = join(workspaceDir, `.step-${i}.sh`);
    writeFileSync(script, evaluate(step.run!, inputs, workspaceDir));
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, evaluate(String(value), inputs, workspaceDir)]));
    const cwd = step['working-directory'] === undefined ? workspaceDir : evaluate(step['working-directory'], inputs, workspaceDir);
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd,
      env: baseEnv({ ...env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspaceDir, GITHUB_ACTION_PATH: ROOT }),
      encoding: 'utf8',
    });
    rmSync(script);
    steps.push(step.name ?? `step ${i}`);
    last = { status: result.status, stdout: result.stdout, stderr: result.stderr };
    if (result.status !== 0) break;
  }
  return { ...last, steps };
}

describe('action.yml', () => {
  it('is a composite action whose inputs are documented and whose scripts run in bash', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'policies', 'baseline', 'max-warnings', 'node-version']);
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(20);
    const scripts = action.runs.steps.filter((step) => step.run !== undefined);
    expect(scripts.map((step) => step.shell)).toEqual(['bash', 'bash']);
    // No input is pasted into a script (shell injection): they come in through env.
    for (const step of scripts) expect(step.run).not.toMatch(/\$\{\{/);
    expect(action.runs.steps.filter((step) => step.uses !== undefined).map((step) => step.uses)).toEqual(['actions/setup-node@v4']);
  });

  it('installs, checks the paths against the policies and annotates each violation; exit 1', () => {
    const root = workspace('action-fail', { 'articles/a.txt': ARTICLE, 'articles/drafts/b.txt': ARTICLE, '.factcheckignore': 'drafts/\n' });
    const result = runAction(root, { paths: 'articles', policies: '--fail-on denial --require-source --severity require-source=warn' });
    expect(result.steps).toEqual(['Install factcheck', 'Check the articles']);
    expect(result.status).toBe(1);
    expect(lines(result.stdout)).toEqual([
      '::error file=articles/a.txt,line=5,col=1,endLine=5,endColumn=29,title=fail-on::labelled denial, which fail-on forbids (fail-on denial)',
      '::warning file=articles/a.txt,line=7,col=1,endLine=7,endColumn=41,title=require-source::assertion with no source (require-source)',
    ]);
  });

  it('takes the policy from factcheck.config.json when no policies are given; several paths and globs; exit 0 when all pass', () => {
    const root = workspace('action-pass', { 'news/a.txt': CLEAN, 'opinion/b.md': CLEAN, 'factcheck.config.json': '{"failOn": ["denial"]}' });
    const result = runAction(root, { paths: 'news\nopinion/*.md' });
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const failing = workspace('action-config', { 'news/a.txt': ARTICLE, 'factcheck.config.json': '{"failOn": ["denial"]}' });
    expect(runAction(failing, { paths: 'news' }).status).toBe(1);
  });

  it('the baseline input accepts recorded violations; max-warnings fails past the limit', () => {
    const root = workspace('action-baseline', { 'articles/a.txt': ARTICLE });
    const written = run(['check', '--no-config', 'articles', '--fail-on', 'denial', '--write-baseline', 'factcheck-baseline.json'], { cwd: root });
    expect(written.status).toBe(0);
    expect(runAction(root, { paths: 'articles', policies: '--fail-on denial --no-config', baseline: 'factcheck-baseline.json' })).toMatchObject({ status: 0, stdout: '' });
    const warnings = { paths: 'articles', policies: '--require-source --severity require-source=warn --no-config' };
    expect(runAction(root, warnings).status).toBe(0);
    const over = runAction(root, { ...warnings, 'max-warnings': '0' });
    expect(over.status).toBe(1);
    expect(lines(over.stderr)).toEqual(['factcheck: 1 warning, more than --max-warnings 0 allows']);
  });

  it('without paths, fails with one annotation saying so, exit 2', () => {
    const root = workspace('action-nopaths', { 'a.txt': ARTICLE });
    const result = runAction(root, { paths: ' ', policies: '--fail-on denial' });
    expect(result.status).toBe(2);
    expect(lines(result.stdout)).toEqual(['::error title=factcheck::the paths input is empty: name the articles, folders or globs to check']);
  });

  it('a bad baseline fails the step with one line, exit 2', () => {
    const root = workspace('action-bad', { 'articles/a.txt': ARTICLE, 'bad.json': '{' });
    const result = runAction(root, { paths: 'articles', policies: '--fail-on denial --no-config', baseline: 'bad.json' });
    expect(result.status).toBe(2);
    expect(lines(result.stderr)).toEqual(['factcheck: bad.json: not valid JSON (a baseline is written by --write-baseline)']);
  });
});

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  args?: string[];
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const hook = hooks.find((h) => h.id === 'factcheck')!;
  let bin = '';
  beforeAll(() => {
    // What pre-commit's node environment puts on PATH: the package's bin, `factcheck`.
    bin = join(dir, 'hook-bin');
    mkdirSync(bin);
    symlinkSync(BIN, join(bin, 'factcheck'));
  });

  /** The hook as pre-commit runs it: its entry, its args, then the staged files its `files` pattern matches. */
  function runHook(root: string, staged: string[], args: string[] = []): ReturnType<typeof run> {
    const files = staged.filter((path) => new RegExp(hook.files).test(path));
    const [command, ...entryArgs] = hook.entry.split(/\s+/);
    const result = spawnSync(command!, [...entryArgs, ...(hook.args ?? []), ...args, ...files], {
      cwd: root,
      env: baseEnv({ PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}` }),
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, raw: Buffer.from(result.stdout) };
  }

  it('is one node hook, `factcheck check`, on text, Markdown and HTML files', () => {
    expect(hooks.map((h) => [h.id, h.language, h.entry])).toEqual([['factcheck', 'node', 'factcheck check']]);
    const matches = (path: string): boolean => new RegExp(hook.files).test(path);
    expect(['a.txt', 'news/b.md', 'c.html', 'd.htm'].every(matches)).toBe(true);
    expect(['e.json', 'f.txt.bak', 'g.py'].some(matches)).toBe(false);
  });

  it('checks the staged articles against the config\'s policy: exit 1 with the problems, 0 when they pass', () => {
    const root = workspace('hook', { 'news/a.txt': ARTICLE, 'news/b.md': CLEAN, 'notes.json': '{}', 'factcheck.config.json': '{"failOn": ["denial"]}' });
    const failing = runHook(root, ['news/a.txt', 'news/b.md', 'notes.json']);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('news/a.txt (4 statements)');
    expect(failing.stdout).toMatch(/statement 3 {2}error {4}labelled denial/);
    expect(failing.stdout).not.toContain('notes.json');
    expect(runHook(root, ['news/b.md'])).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('honours .factcheckignore for the file names it is given, and args from .pre-commit-config.yaml', () => {
    const root = workspace('hook-ignore', { 'drafts/a.txt': ARTICLE, 'news/b.txt': ARTICLE, '.factcheckignore': 'drafts/\n' });
    const result = runHook(root, ['drafts/a.txt', 'news/b.txt'], ['--no-config', '--require-source', '--severity', 'require-source=warn', '--quiet']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('news/b.txt (4 statements, 1 shown)');
    expect(result.stdout).not.toContain('drafts/a.txt');
    expect(result.stderr).toBe('');
  });

  it('without a policy, says so in one line: exit 2', () => {
    const root = workspace('hook-nopolicy', { 'a.txt': ARTICLE });
    const result = runHook(root, ['a.txt'], ['--no-config']);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)[0]).toMatch(/^factcheck: check needs a policy/);
  });
});
