/** What a clerk is told when a file is over the upload limit, by every transport alike. */
export function uploadTooLargeMessage(maxBytes: number): string {
  const mb = Number((maxBytes / 1024 / 1024).toPrecision(3));
  return `the file is larger than the upload limit of ${mb} MB (MAX_UPLOAD_MB)`;
}
