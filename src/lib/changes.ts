/** The changes page's ordering: newest of "last verified" and "last changed" first. Pure. */
export interface ChangeItem {
  id: string;
  lastVerified: string;
  lastChanged?: string | undefined;
}

export function newestFirst<T extends ChangeItem>(items: readonly T[], limit = 30): (T & { latest: string })[] {
  return items
    .map((item) => ({ ...item, latest: item.lastChanged && item.lastChanged > item.lastVerified ? item.lastChanged : item.lastVerified }))
    .sort((a, b) => b.latest.localeCompare(a.latest) || a.id.localeCompare(b.id))
    .slice(0, limit);
}
