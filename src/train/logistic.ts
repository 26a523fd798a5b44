/**
 * Multinomial logistic regression over sparse features, fitted by L-BFGS on the full batch.
 *
 * Full-batch L-BFGS rather than stochastic gradient: no shuffling and no learning rate, so the
 * same examples in the same order give the same weights bit for bit, and it converges in a few
 * hundred cheap passes over twelve thousand statements.
 */

/** One training example: feature indices and values, its class and its weight in the loss. */
export interface SparseExample {
  indices: Int32Array;
  values: Float64Array;
  label: number;
  weight: number;
}

export interface FitOptions {
  classes: number;
  dimensions: number;
  /** L2 penalty per example (the loss is a mean); the bias (feature 0) goes unpenalised. */
  l2: number;
  /** A multiplier of the penalty for each feature (default 1): many sparse word features want more than a few strong ones. */
  penalty?: Float64Array;
  maxIterations?: number;
  tolerance?: number;
}

/** Weights as one flat array, class-major: weights[k * dimensions + j]. */
export function fitLogistic(examples: readonly SparseExample[], options: FitOptions): Float64Array {
  const { classes, dimensions, l2 } = options;
  const size = classes * dimensions;
  const totalWeight = examples.reduce((sum, e) => sum + e.weight, 0) || 1;
  const scores = new Float64Array(classes);

  const objective = (w: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    for (const example of examples) {
      for (let k = 0; k < classes; k++) {
        let s = 0;
        const offset = k * dimensions;
        for (let n = 0; n < example.indices.length; n++) s += w[offset + example.indices[n]!]! * example.values[n]!;
        scores[k] = s;
      }
      const logZ = logSumExp(scores);
      loss -= example.weight * (scores[example.label]! - logZ);
      for (let k = 0; k < classes; k++) {
        const g = (example.weight * (Math.exp(scores[k]! - logZ) - (k === example.label ? 1 : 0))) / totalWeight;
        const offset = k * dimensions;
        for (let n = 0; n < example.indices.length; n++) gradient[offset + example.indices[n]!]! += g * example.values[n]!;
      }
    }
    loss /= totalWeight;
    for (let k = 0; k < classes; k++) {
      for (let j = 1; j < dimensions; j++) {
        const i = k * dimensions + j;
        const lambda = l2 * (options.penalty?.[j] ?? 1);
        loss += 0.5 * lambda * w[i]! * w[i]!;
        gradient[i]! += lambda * w[i]!;
      }
    }
    return loss;
  };
  return minimize(objective, new Float64Array(size), options.maxIterations ?? 400, options.tolerance ?? 1e-7);
}

export function logSumExp(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp(values[i]! - max);
  return max + Math.log(sum);
}

type Objective = (x: Float64Array, gradient: Float64Array) => number;

/** L-BFGS with a backtracking (Armijo) line search; stops when the loss stops falling. */
function minimize(objective: Objective, start: Float64Array, maxIterations: number, tolerance: number): Float64Array {
  const memory = 10;
  const n = start.length;
  let x = start;
  let gradient = new Float64Array(n);
  let loss = objective(x, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  const direction = new Float64Array(n);
  const alphas = new Array<number>(memory).fill(0);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    // Two-loop recursion: direction = -H * gradient.
    direction.set(gradient);
    for (let i = steps.length - 1; i >= 0; i--) {
      alphas[i] = rhos[i]! * dot(steps[i]!, direction);
      axpy(-alphas[i]!, changes[i]!, direction);
    }
    if (steps.length > 0) {
      const last = steps.length - 1;
      const scale = dot(steps[last]!, changes[last]!) / dot(changes[last]!, changes[last]!);
      for (let i = 0; i < n; i++) direction[i]! *= scale;
    }
    for (let i = 0; i < steps.length; i++) {
      const beta = rhos[i]! * dot(changes[i]!, direction);
      axpy(alphas[i]! - beta, steps[i]!, direction);
    }
    for (let i = 0; i < n; i++) direction[i] = -direction[i]!;
    let slope = dot(direction, gradient);
    if (slope >= 0) {
      // Not a descent direction: restart from steepest descent.
      for (let i = 0; i < n; i++) direction[i] = -gradient[i]!;
      slope = dot(direction, gradient);
      steps.length = changes.length = rhos.length = 0;
    }
    let step = steps.length === 0 ? 1 / Math.max(1, Math.sqrt(dot(gradient, gradient))) : 1;
    const next = new Float64Array(n);
    const nextGradient = new Float64Array(n);
    let nextLoss = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) next[i] = x[i]! + step * direction[i]!;
      nextLoss = objective(next, nextGradient);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextLoss < loss)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = next[i]! - x[i]!;
      y[i] = nextGradient[i]! - gradient[i]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      steps.push(s);
      changes.push(y);
      rhos.push(1 / sy);
      if (steps.length > memory) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
    }
    const improvement = (loss - nextLoss) / Math.max(1, Math.abs(loss));
    x = next;
    gradient = nextGradient;
    loss = nextLoss;
    if (improvement < tolerance) break;
  }
  return x;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function axpy(alpha: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i]! += alpha * x[i]!;
}
