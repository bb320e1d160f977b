/**
 * Fault injection for the browser tests' own build only.
 *
 * `vite build --mode test` (the second build the Playwright config makes, served
 * under /test-build/) sets `import.meta.env.MODE` to 'test'; there, and only
 * there, `window.__otpSandboxFailPane(name)` makes the pane called `name` throw
 * on its next render, once, so a test can watch its error boundary catch it.
 * In every other build `faults` is the constant `null`, the code below is
 * dropped by the bundler, and no page exposes the hook (a test checks that the
 * shipped build has no such global).
 */
export interface Faults {
  /** Throws once for each time `name` was armed; renders nothing. */
  trip(name: string): string;
}

export const FAULT_HOOK = '__otpSandboxFailPane';

function createFaults(): Faults {
  const armed = $state<Record<string, number>>({});
  // Not reactive: counting a trip while rendering must not write to state.
  const tripped: Record<string, number> = {};
  (window as unknown as Record<string, (name: string) => void>)[FAULT_HOOK] = (name) => {
    armed[name] = (armed[name] ?? 0) + 1;
  };
  return {
    trip(name) {
      const count = armed[name] ?? 0;
      if (count > (tripped[name] ?? 0)) {
        tripped[name] = count;
        throw new Error(`injected test fault in the ${name} pane`);
      }
      return '';
    },
  };
}

export const faults: Faults | null =
  import.meta.env.MODE === 'test' && typeof window !== 'undefined' ? createFaults() : null;
