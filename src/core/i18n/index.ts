import { en } from './en';

/** A catalogue: the same keys as English, any language's strings. */
export type Catalogue = DeepStrings<typeof en>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export type Locale = 'en';
export const CATALOGUES: Record<Locale, Catalogue> = { en };
export const DEFAULT_LOCALE: Locale = 'en';

export function catalogue(locale: Locale = DEFAULT_LOCALE): Catalogue {
  return CATALOGUES[locale] ?? en;
}

/** Fills `{name}` slots; an unknown slot stays visible rather than vanishing. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
