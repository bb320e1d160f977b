/** How many rows a growing list draws at first, and how many more each "show more" adds. */
export const PAGE = 20;

/** The newest `count` items of a list kept oldest first (the list itself when it is short). */
export function newest<T>(list: readonly T[], count: number): readonly T[] {
  return count >= list.length ? list : list.slice(list.length - count);
}

/** The first `count` items of a list (the list itself when it is short). */
export function first<T>(list: readonly T[], count: number): readonly T[] {
  return count >= list.length ? list : list.slice(0, count);
}
