/**
 * A score as a whole percentage for the learner. Rounded down, so what is shown never exceeds what was
 * scored: 79.6 reads 79% against a pass mark of 80%, never "80%, not passed". (The tracker reports the exact
 * value to the LMS.) The epsilon keeps 70 that arrives as 69.99999 at 70.
 */
export function wholePercent(score: number): number {
  return Math.floor(score + 1e-9);
}
