import { formatShare } from '../../core/share';
import type { DemoLink } from '../../core/share';
import type { LiveDemo } from './demo.svelte';
import { stepNote } from './notes';
import { pt } from './text.en';

/** The caption (speaker notes) of the step just played, or null at the start. */
export function captionOf(demo: LiveDemo): string | null {
  const step = demo.current;
  if (!step) return null;
  return stepNote(demo.session.scenario.id, step.id) ?? pt('demo.noCaption');
}

/**
 * What both demo views do while they are open (call it during component
 * set-up): keep the address on the step shown, so a reload or a copied
 * link comes back to it, and announce each new step, once, with its caption.
 */
export function followDemo(
  demo: LiveDemo,
  link: () => DemoLink<string>,
  announce: (text: string) => void,
  /** Whether announcements read the caption (not in the audience window: notes are the presenter's). */
  captions = true,
): void {
  $effect(() => {
    const hash = formatShare({ ...link(), beat: demo.beat });
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  });

  let announced = -1;
  $effect(() => {
    const beat = demo.beat;
    if (beat === announced) return;
    const first = announced === -1;
    announced = beat;
    if (first) return;
    announce(
      beat === 0
        ? pt('demo.announceStart')
        : pt('demo.announce', {
            beat,
            total: demo.total,
            caption: captions ? (captionOf(demo) ?? '') : '',
          }).trim(),
    );
  });
}
