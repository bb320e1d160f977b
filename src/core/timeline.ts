/**
 * The one way logs of several actors are merged into one time line: rows in
 * order of simulated time; rows of the same time by `rank` (lower first);
 * rows still level keep the order they are given in (each log its own order,
 * earlier logs first). The result depends only on the lists, so the same run
 * always gives the same rows.
 */
export function mergeByTime<T extends { at: number }>(
  logs: readonly (readonly T[])[],
  rank: (row: T) => number = () => 0,
): T[] {
  // Array.prototype.sort is stable: level rows keep their given order.
  return logs.flat().sort((a, b) => a.at - b.at || rank(a) - rank(b));
}
