import { Room, roomName } from '../../core/room';
import type { RoomMessage, RoomSide } from '../../core/room';
import type { DemoLink } from '../../core/share';

/**
 * This window's end of a demo's room, on the browser's BroadcastChannel;
 * null where there is none (the view then works alone, as one window).
 */
export function openRoom(side: RoomSide, link: DemoLink<string>): Room | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  return new Room(side, new BroadcastChannel(roomName(link)));
}

/**
 * Joins this window to its demo's room while the view is open (call it in
 * onMount): each checked message goes to `onMessage`, and the room says
 * goodbye when the page goes away (a reload, a closed tab), so the other
 * window carries on alone. `leave` does the same when the view closes.
 */
export function joinRoom(
  side: RoomSide,
  link: DemoLink<string>,
  onMessage: (message: RoomMessage) => void,
): { room: Room | null; leave: () => void } {
  const room = openRoom(side, link);
  const stopListening = room?.listen(onMessage);
  const bye = () => room?.close();
  window.addEventListener('pagehide', bye);
  return {
    room,
    leave: () => {
      window.removeEventListener('pagehide', bye);
      stopListening?.();
      bye();
    },
  };
}
