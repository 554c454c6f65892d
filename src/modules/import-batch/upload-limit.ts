import { say } from '../common/messages/clerk-texts';
import { DEFAULT_LANG, type Lang } from '../common/messages/lang';

/** What a clerk is told when a file is over the upload limit, by every transport alike. */
export function uploadTooLargeMessage(maxBytes: number, lang: Lang = DEFAULT_LANG): string {
  return say(lang, 'fileTooLarge', { mb: Number((maxBytes / 1024 / 1024).toPrecision(3)) });
}
