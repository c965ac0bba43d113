// Okapi BM25 with the non-negative idf of Lucene:
//   idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5))
//   BM25(q, d) = Σ_{t ∈ q} idf(t) · tf(t, d) · (k1 + 1) / (tf(t, d) + k1 · (1 − b + b · |d| / avgdl))
// Query terms count once each. The index applies the same two functions to its term numbers.
//
// Titles say what is offered or needed; descriptions add who and where ("Artisan bakery in Lyon
// looking for …"), words that every item of an organization repeats. So, in the manner of BM25F, a
// description occurrence counts a quarter of a title occurrence, in term frequencies, in document
// lengths and in the weight of a query term found only in the need's description.

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;
export const DESCRIPTION_WEIGHT = 0.25;

export function idf(documentCount: number, documentFrequency: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** The tf part of one term in one document; at most k1 + 1. */
export function termSaturation(tf: number, documentLength: number, averageLength: number): number {
  const norm = BM25_K1 * (1 - BM25_B + (BM25_B * documentLength) / (averageLength > 0 ? averageLength : 1));
  return (tf * (BM25_K1 + 1)) / (tf + norm);
}

/** Weighted tf of an index term code (see matchIndex termCode): quarters of a title occurrence. */
export function weightedTf(code: number): number {
  return (code & 127) / 4;
}

/** Weight of a need's term as a query term: 1 when it is in the need's title, else 0.25. */
export function queryTermWeight(code: number): number {
  return code & 128 ? 1 : DESCRIPTION_WEIGHT;
}

/** A text split into its two fields, each already tokenised. */
export interface FieldedText {
  title: readonly string[];
  description: readonly string[];
}

export interface Bm25Corpus {
  documentCount: number;
  /** Mean weighted length: |title| + 0.25 · |description|. */
  averageLength: number;
  documentFrequency: ReadonlyMap<string, number>;
}

export function weightedLength(text: FieldedText): number {
  return text.title.length + DESCRIPTION_WEIGHT * text.description.length;
}

/** Weighted term frequencies: a title occurrence counts 1, a description occurrence 0.25. */
export function weightedFrequencies(text: FieldedText): Map<string, number> {
  const tf = new Map<string, number>();
  for (const term of text.title) tf.set(term, (tf.get(term) ?? 0) + 1);
  for (const term of text.description) tf.set(term, (tf.get(term) ?? 0) + DESCRIPTION_WEIGHT);
  return tf;
}

/** Corpus statistics of the documents (offers) that needs are matched against. */
export function corpusOf(documents: readonly FieldedText[]): Bm25Corpus {
  const documentFrequency = new Map<string, number>();
  let totalLength = 0;
  for (const document of documents) {
    totalLength += weightedLength(document);
    for (const term of weightedFrequencies(document).keys()) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  return {
    documentCount: documents.length,
    averageLength: documents.length === 0 ? 0 : totalLength / documents.length,
    documentFrequency,
  };
}

/** BM25 of a need (query) against an offer (document); a query term only in the description weighs 0.25. */
export function bm25(query: FieldedText, document: FieldedText, corpus: Bm25Corpus): number {
  const tf = weightedFrequencies(document);
  const length = weightedLength(document);
  const inTitle = new Set(query.title);
  let score = 0;
  for (const term of new Set([...query.title, ...query.description])) {
    const frequency = tf.get(term);
    if (frequency === undefined) continue;
    const weight = inTitle.has(term) ? 1 : DESCRIPTION_WEIGHT;
    score +=
      weight *
      idf(corpus.documentCount, corpus.documentFrequency.get(term) ?? 0) *
      termSaturation(frequency, length, corpus.averageLength);
  }
  return score;
}
