/** The docs' sample blocks (scripts/docs-samples.mjs). */
export interface Sample {
  line: number;
  kind: 'command' | 'session' | 'shared';
  command: string | undefined;
  indent: string;
  fence: string;
  body: string;
  start: number;
  end: number;
}
export interface Workspace {
  dir: string;
  bin: string;
  remove(): void;
}
export const ROOT: string;
export function sampleFiles(root?: string): string[];
export function findSamples(text: string): Sample[];
export function sessionCommands(body: string): string[];
export function sampleWorkspace(root?: string): Workspace;
export function produce(sample: Sample, workspace: Workspace): Promise<string>;
export function replaceBlock(text: string, sample: Sample, output: string): string;
export function pool<T>(tasks: Array<() => Promise<T>>, limit?: number): Promise<Array<{ ok: true; value: T } | { ok: false; error: Error }>>;
