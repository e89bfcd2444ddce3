/**
 * The `ids` attribute, read the same way on every element that takes it: ids
 * separated by spaces or commas; the items are shown in the order written.
 */

/** `"a, b c"` → `['a', 'b', 'c']`. */
export function parseIds(ids: string | null | undefined): string[] {
  return ids?.match(/[^\s,]+/g) ?? [];
}

/**
 * The items whose ids are in `ids`, in the order of `ids` (all of `items`, as
 * they are, when `ids` is empty). `missing` hears of each id that matches no item.
 */
export function pickByIds<T extends { id: string }>(items: T[], ids: string[], missing: (id: string) => void): T[] {
  if (!ids.length) return items;
  return ids.flatMap((id) => {
    const found = items.find((item) => item.id === id);
    if (!found) missing(id);
    return found ?? [];
  });
}
