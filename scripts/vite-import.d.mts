export interface ViteLoader {
  load(path: string): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}
export function viteLoader(): Promise<ViteLoader>;
export function viteImport(
  path: string,
): Promise<{ module: Record<string, unknown>; close: () => Promise<void> }>;
