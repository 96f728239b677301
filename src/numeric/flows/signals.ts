/** Smooth positive gradient signals g(t) with their log-drift δ = g′/g and δ′ (gsi §4). */

export interface Signal {
  readonly name: string;
  g(t: number): number;
  /** δ(t) = (ln|g|)′. */
  delta(t: number): number;
  /** δ′(t). */
  deltaPrime(t: number): number;
}

/** g = exp(A sin(εt)): Λ = Aε, Λ′ = Aε², so Λ² + Λ′ = O(ε²) (spec 000 §1: the modulation must be slow). */
export function slowSine(amplitude: number, eps: number): Signal {
  return {
    name: `slow-sine(A=${amplitude}, ε=${eps})`,
    g: (t) => Math.exp(amplitude * Math.sin(eps * t)),
    delta: (t) => amplitude * eps * Math.cos(eps * t),
    deltaPrime: (t) => -amplitude * eps * eps * Math.sin(eps * t),
  };
}

/** ln g rises smoothly by `logScale` around t = center over a width `width` (logistic ramp). */
export function logisticScaleRamp(logScale: number, center: number, width: number): Signal {
  const s = (t: number): number => 1 / (1 + Math.exp(-(t - center) / width));
  return {
    name: `ramp(ln c=${logScale}, w=${width})`,
    g: (t) => Math.exp(logScale * s(t)),
    delta: (t) => (logScale / width) * s(t) * (1 - s(t)),
    deltaPrime: (t) => (logScale / (width * width)) * s(t) * (1 - s(t)) * (1 - 2 * s(t)),
  };
}
