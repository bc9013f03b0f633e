/** A Web Storage stand-in for tests in node: what the page would keep in sessionStorage or localStorage. */
export function createMemoryStorage(): Storage & { entries(): Record<string, string> } {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
    entries: () => Object.fromEntries(items),
  };
}
