/** The part of odex's API this project uses (its package ships .ts sources but no declarations). */
export type OdexDense = (component: number, x: number) => number;
export type OdexObserver = (nr: number, xOld: number, x: number, y: number[], dense?: OdexDense) => boolean | undefined;

export interface OdexSolver {
  relativeTolerance: number | number[];
  absoluteTolerance: number | number[];
  maxSteps: number;
  denseOutput: boolean;
  initialStepSize: number;
  maxStepSize: number;
  solve(
    f: (x: number, y: number[]) => number[],
    x: number,
    y0: number[],
    xEnd: number,
    out?: OdexObserver,
  ): { y: number[]; outcome: number; nStep: number; nAccept: number; nReject: number; nEval: number };
}

export interface OdexModule {
  readonly Solver: new (n: number) => OdexSolver;
  readonly Outcome: { readonly Converged: 0; readonly MaxStepsExceeded: 1; readonly EarlyReturn: 2 };
}
