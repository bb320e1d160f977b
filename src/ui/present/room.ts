import { Room, roomName } from '../../core/room';
import type { RoomSide } from '../../core/room';
import type { DemoLink } from '../../core/share';

/**
 * This window's end of a demo's room, on the browser's BroadcastChannel;
 * null where there is none (the view then works alone, as one window).
 */
export function openRoom(side: RoomSide, link: DemoLink<string>): Room | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  return new Room(side, new BroadcastChannel(roomName(link)));
}
