import { en } from './en';

export { fill } from './fill';

/** A catalogue: the same keys as English, any language's strings. */
export type Catalogue = DeepStrings<typeof en>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export type Locale = 'en';
export const CATALOGUES: Record<Locale, Catalogue> = { en };
export const DEFAULT_LOCALE: Locale = 'en';

export function catalogue(locale: Locale = DEFAULT_LOCALE): Catalogue {
  return CATALOGUES[locale] ?? en;
}
