import type { RoomCommand } from '../../core/room';

/** What a key does in presenter mode and in the audience window: a room command, or this window's own. */
export type DemoKeyAction = RoomCommand | 'fullscreen' | 'help';

/** The presenter's keys (a clicker sends Page Up and Page Down), in one place for both windows. */
const KEYS: Record<string, DemoKeyAction> = {
  ArrowRight: 'forward',
  PageDown: 'forward',
  ArrowLeft: 'back',
  PageUp: 'back',
  ' ': 'toggle',
  r: 'reset',
  R: 'reset',
  a: 'attacker',
  A: 'attacker',
  f: 'fullscreen',
  F: 'fullscreen',
  '?': 'help',
};

/** Keys typed into a field (or a tick box's Space) belong to it, not to the presenter. */
function typing(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement && ['checkbox', 'radio'].includes(target.type)) {
    return key === ' ';
  }
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/**
 * The action of a key press, or null when it is not the presenter's. When
 * it is, the press is taken (Space and arrows would also press a focused
 * button or scroll the page).
 */
export function demoKey(event: KeyboardEvent): DemoKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (typing(event.target, event.key)) return null;
  const action = KEYS[event.key] ?? null;
  if (action) event.preventDefault();
  return action;
}

/** Full screen on or off; a refusal (no user gesture, not allowed here) leaves the page as it is. */
export async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    // The browser refused: nothing changes.
  }
}
