/** A logistic-regression model over named binary features: a weight per name; the score is their sum (the log-odds). */
export interface LogisticModel {
  readonly weights: Readonly<Record<string, number>>;
}

export interface LogisticExample {
  readonly features: readonly string[];
  readonly positive: boolean;
}

export interface LogisticOptions {
  readonly epochs: number;
  /** L2 penalty on every weight but the bias. */
  readonly l2: number;
  readonly learningRate: number;
}

export const LOGISTIC_TRAINING: LogisticOptions = { epochs: 300, l2: 1e-3, learningRate: 0.5 };

/** The model's log-odds for a set of features (unknown names weigh nothing). */
export function logisticScore(model: LogisticModel, features: readonly string[]): number {
  let score = 0;
  for (const f of features) score += model.weights[f] ?? 0;
  return score;
}

/**
 * L2-regularised logistic regression by full-batch gradient descent: no visiting order, so the same
 * examples give the same weights. Weights are rounded to four decimals so a shipped file is stable.
 */
export function trainLogistic(examples: readonly LogisticExample[], options: LogisticOptions = LOGISTIC_TRAINING): LogisticModel {
  const names = [...new Set(examples.flatMap((e) => e.features))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => e.features.map((f) => index.get(f)!));
  const w = new Float64Array(names.length);
  const gradient = new Float64Array(names.length);
  const n = Math.max(1, examples.length);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    gradient.fill(0);
    rows.forEach((row, i) => {
      let z = 0;
      for (const f of row) z += w[f]!;
      const error = 1 / (1 + Math.exp(-z)) - (examples[i]!.positive ? 1 : 0);
      for (const f of row) gradient[f] = gradient[f]! + error;
    });
    for (let f = 0; f < names.length; f++) {
      const penalty = names[f] === 'bias' ? 0 : options.l2 * w[f]!;
      w[f] = w[f]! - options.learningRate * (gradient[f]! / n + penalty);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((name, f) => {
    const rounded = Math.round(w[f]! * 1e4) / 1e4;
    if (rounded !== 0) weights[name] = rounded;
  });
  return { weights };
}
