/** A claim file as validated against schema/claim.schema.json (field names are the file's). */

export type Range = readonly [number, number];
export type Box = Readonly<Record<string, Range>>;
/** Named subexpressions in file order; each may use the ones before it. */
export type Definitions = Readonly<Record<string, string>>;

export interface IdentityShape {
  readonly lhs: string;
  readonly rhs: string;
  readonly where?: Definitions;
  readonly domain: Box;
  readonly points?: number;
  readonly tolerance: { readonly residual: number; readonly source: string };
}

export interface OdeSystem {
  readonly kind: 'ode';
  readonly state: readonly string[];
  readonly rhs: Readonly<Record<string, string>>;
  readonly initial: Readonly<Record<string, string>>;
  readonly t0?: string;
  readonly window: { readonly from: string; readonly to: string; readonly samples: number };
  readonly rtol: number;
}

export interface RecurrenceSystem {
  readonly kind: 'recurrence';
  readonly state: readonly string[];
  readonly update: Readonly<Record<string, string>>;
  readonly initial: Readonly<Record<string, string>>;
  readonly steps: string;
}

export interface OrderShape {
  readonly small: string;
  readonly grid: readonly number[];
  readonly parameters?: Readonly<Record<string, number>>;
  readonly system: OdeSystem | RecurrenceSystem;
  readonly remainder: string;
  readonly claimed: number;
  readonly tolerance: { readonly delta: number; readonly source: string };
}

export interface BoundShape {
  readonly lhs: string;
  readonly rhs: string;
  readonly where?: Definitions;
  readonly scope: Box;
  readonly domain?: Box;
  readonly scale?: Readonly<Record<string, 'linear' | 'log' | 'logit'>>;
  readonly points?: number;
  readonly falsify?: { readonly runs?: number; readonly evaluations?: number };
  readonly tolerance: { readonly slack: number; readonly source: string };
}

/** The expression fields a mutant may replace. */
export type MutableField = 'lhs' | 'rhs' | 'remainder';

export interface FileMutant {
  readonly name: string;
  readonly description: string;
  readonly set: Readonly<Partial<Record<MutableField, string>>>;
}

interface Common {
  readonly id: string;
  readonly paper: string;
  readonly labels: readonly string[];
  readonly title: string;
  readonly statement: string;
  readonly latex?: string;
  readonly source: string;
  readonly hypotheses?: readonly string[];
  readonly mutants: readonly FileMutant[];
}

export type ClaimFile =
  | (Common & { readonly shape: 'identity'; readonly identity: IdentityShape })
  | (Common & { readonly shape: 'order'; readonly order: OrderShape })
  | (Common & { readonly shape: 'bound'; readonly bound: BoundShape });

export type Shape = ClaimFile['shape'];
