/**
 * Who is told when what the functions read in memory changed (the target tables, the campaign definitions): the
 * streaming cells that read it, and nothing else (docs/rules.md §12).
 */
export function changeSignal(): { on(listener: () => void): () => void; tell(): void } {
  const listeners = new Set<() => void>();
  return {
    on(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    tell() {
      for (const listener of [...listeners]) listener();
    },
  };
}
