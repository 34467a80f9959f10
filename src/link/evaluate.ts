// How well linking groups items (reports) into events, against groups a person made: B-cubed precision,
// recall and F1 (Bagga and Baldwin 1998: per item, the share of its predicted group that truly belongs with
// it, and the share of its true group that was found with it), and pairwise precision and recall.

export interface LinkScores {
  readonly items: number;
  readonly bcubedPrecision: number;
  readonly bcubedRecall: number;
  readonly bcubedF1: number;
  readonly pairPrecision: number;
  readonly pairRecall: number;
  /** Pairs predicted together / truly together / both. */
  readonly pairs: { readonly predicted: number; readonly truth: number; readonly both: number };
}

/** `predicted` and `truth` map each item to its group's label; items missing from `truth` are not scored. */
export function scoreLinking(predicted: ReadonlyMap<string, string>, truth: ReadonlyMap<string, string>): LinkScores {
  const items = [...truth.keys()].filter((i) => predicted.has(i));
  const byLabel = (m: ReadonlyMap<string, string>) => {
    const out = new Map<string, string[]>();
    for (const i of items) {
      const l = m.get(i)!;
      out.set(l, [...(out.get(l) ?? []), i]);
    }
    return out;
  };
  const pGroups = byLabel(predicted);
  const tGroups = byLabel(truth);
  let precision = 0;
  let recall = 0;
  for (const i of items) {
    const p = pGroups.get(predicted.get(i)!)!;
    const t = tGroups.get(truth.get(i)!)!;
    const both = p.filter((x) => truth.get(x) === truth.get(i)).length;
    precision += both / p.length;
    recall += both / t.length;
  }
  const n = items.length || 1;
  const bp = precision / n;
  const br = recall / n;
  const pairsIn = (groups: Map<string, string[]>) => [...groups.values()].reduce((s, g) => s + (g.length * (g.length - 1)) / 2, 0);
  let both = 0;
  for (const g of pGroups.values()) for (let a = 0; a < g.length; a++) for (let b = a + 1; b < g.length; b++) if (truth.get(g[a]!) === truth.get(g[b]!)) both++;
  const predictedPairs = pairsIn(pGroups);
  const truthPairs = pairsIn(tGroups);
  return {
    items: items.length,
    bcubedPrecision: bp,
    bcubedRecall: br,
    bcubedF1: bp + br === 0 ? 0 : (2 * bp * br) / (bp + br),
    pairPrecision: predictedPairs === 0 ? 1 : both / predictedPairs,
    pairRecall: truthPairs === 0 ? 1 : both / truthPairs,
    pairs: { predicted: predictedPairs, truth: truthPairs, both },
  };
}
