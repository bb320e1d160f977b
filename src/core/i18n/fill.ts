/**
 * Fills `{name}` slots; an unknown slot stays visible rather than vanishing.
 * On its own, so the first screen's texts can use it without loading the
 * whole catalogue (index.ts re-exports it).
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
