import { fill } from '../../core/i18n/fill';
import type { LinkError } from '../../core/scenario/link';

/**
 * The texts of "Your scenarios" (a trainer's own scenarios) and of a
 * shared scenario's page, loaded with them: the first screen carries only
 * the picker's heading and button (src/ui/i18n/en.ts, `picker.own.*`).
 */
export const ownText = {
  listHeading: 'Your scenarios',
  intro:
    'Add a scenario from a file, or paste its text. It is kept in this browser only. Nobody else sees it unless you send it to them.',
  notOurs: 'Your own scenario. It was not written by the makers of this sandbox.',
  sharedNotOurs:
    'Someone shared this scenario with you. It was not written by the makers of this sandbox. Its words are shown just as they were written, and its links go nowhere.',
  none: 'You have not added any scenarios yet.',
  addHeading: 'Add a scenario',
  fileGroup: 'Add from a file',
  file: 'Choose a scenario file',
  fileHint: 'Or drop a file on this box. Scenario files end in .json.',
  paste: 'Or paste the text of a scenario',
  check: 'Check and add',
  checking: 'Checking…',
  problems:
    'This scenario has {count} problems, so it was not added. Each says where it is and why:',
  problem: 'This scenario has 1 problem, so it was not added. It says where it is and why:',
  added: '“{title}” was added to your scenarios.',
  replaced: '“{title}” was added in place of the one with the same id.',
  fileUnreadable: 'That file could not be read. Try saving it again, or paste its text instead.',
  empty: 'Paste the text of a scenario first.',
  tooMany: 'You can keep up to {max} scenarios. Delete one before you add another.',
  play: 'Play',
  present: 'Present',
  quiz: 'Use its moments in Real or scam?',
  quizLabel: 'Use the moments of “{title}” in a round of Real or scam?',
  both: 'Both sides',
  export: 'Download',
  exportLabel: 'Download “{title}” as a file',
  share: 'Copy a link',
  shareLabel: 'Copy a link to “{title}”',
  copied: 'Link copied. Anyone who opens it can play “{title}” and keep it.',
  copyFailed: 'Copy this link:',
  linkTooLong: 'This scenario is too long to send as a link. Send the file instead: use Download.',
  linkLabel: 'The link to “{title}”',
  delete: 'Delete',
  deleteLabel: 'Delete “{title}”',
  deleteConfirm: 'Delete “{title}” from this browser? A file you saved of it is kept.',
  deleteYes: 'Yes, delete it',
  deleteNo: 'Keep it',
  deleted: '“{title}” was deleted.',
  builtInHeading: 'Start from one of ours',
  builtInIntro: 'Download one of the sandbox’s scenarios as a file to change and add back.',
  builtInLabel: 'Scenario',
  builtInDownload: 'Download it',
  'storage.blocked':
    'Your scenarios cannot be opened while an older copy of the sandbox is open in another tab. Close the other tab, then reload this one.',
  'storage.full':
    'This browser’s storage is full, so that scenario could not be kept. Nothing you kept before was lost.',
  'storage.unavailable':
    'This browser will not keep scenarios, so they cannot be saved here. Everything else still works.',
  dropped:
    'Some of your scenarios could not be read, so they are not shown: {names}. All the others are here.',
  droppedRemove: 'Remove “{name}” from this browser',
  droppedLabel: 'Remove “{name}”?',
  droppedConfirm:
    '“{name}” cannot be read here, so it cannot be played. Removing it takes it out of this browser for good. Remove it?',
  droppedYes: 'Yes, remove it',
  // A shared scenario's page
  sharedHeading: 'A shared scenario',
  mineHeading: 'Your scenario',
  sharedPlay: 'Play it',
  sharedKeep: 'Keep it in Your scenarios',
  sharedKept: 'It is kept in Your scenarios.',
  sharedOpenMine: 'Open Your scenarios',
  sharedBroken: 'This link holds a scenario with problems, so it cannot be played:',
  sharedUnreadable: 'This link cannot be opened: {reason}.',
  sharedTail: 'Ask the person who sent it for the link again, or for the file.',
  back: 'All scenarios',
  loading: 'Opening the scenario…',
  missing: 'There is no scenario called “{id}” in this browser. It may have been deleted.',
  brokenOwn: '“{title}” cannot be played any more:',
} as const;

/** Why a shared link could not be read, in plain words (after "This link cannot be opened:"). */
export const LINK_ERROR_TEXT: Record<LinkError, string> = {
  malformed: 'it does not hold a scenario',
  'too-long': 'it is longer than a link the sandbox makes',
  'not-base64url': 'it has been changed, or cut, on its way to you',
  'not-compressed': 'it has been changed on its way to you',
  truncated: 'it was cut short on its way to you',
  'too-big': 'the scenario in it is far larger than a scenario may be',
  'not-text': 'it has been changed on its way to you',
};

export type OwnTextKey = keyof typeof ownText;

export function ot(key: OwnTextKey, values: Record<string, string | number> = {}): string {
  return fill(ownText[key], values);
}
