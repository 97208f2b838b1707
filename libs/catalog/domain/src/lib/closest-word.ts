/**
 * Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment): the
 * commonest typing slip ("sheos" for "shoes") is then as close as one wrong letter.
 */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const width = y.length + 1;
  const cells = new Array<number>((x.length + 1) * width).fill(0);
  const at = (i: number, j: number) => cells[i * width + j] ?? 0;
  for (let i = 0; i <= x.length; i++) cells[i * width] = i;
  for (let j = 0; j <= y.length; j++) cells[j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      cells[i * width + j] = best;
    }
  }
  return at(x.length, y.length);
}

/**
 * The known word a shopper most likely meant: the word itself when known, else the nearest within `maxDistance`
 * edits (ties: the candidate of the closest length, then alphabetical, so the answer never depends on input order).
 */
export function closestWord(typed: string, candidates: readonly string[], maxDistance = 2): string | null {
  const word = typed.toLowerCase();
  if (candidates.includes(word)) return word;
  let best: { word: string; distance: number; lengthGap: number } | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance > maxDistance) continue;
    const lengthGap = Math.abs(candidate.length - word.length);
    if (!best || distance < best.distance || (distance === best.distance && (lengthGap < best.lengthGap || (lengthGap === best.lengthGap && candidate < best.word)))) {
      best = { word: candidate, distance, lengthGap };
    }
  }
  return best?.word ?? null;
}
