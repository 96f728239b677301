/** A reviewer-facing `verify explore <name>` command contributed by a theorem folder. */
export interface ExploreOption {
  readonly type: 'string' | 'number' | 'boolean';
  readonly describe: string;
  readonly array?: boolean;
  readonly default?: string | number | boolean;
}

export interface ExploreOutput {
  /** Machine-readable result (printed with --json). */
  readonly json: Record<string, unknown>;
  /** Human-readable lines. */
  readonly text: string;
}

export interface ExploreCommand {
  readonly name: string;
  readonly describe: string;
  readonly options: Readonly<Record<string, ExploreOption>>;
  readonly examples: readonly string[];
  /** Validate flags (throw UsageError naming the flag) and compute. */
  run(argv: Readonly<Record<string, unknown>>): ExploreOutput | Promise<ExploreOutput>;
}
