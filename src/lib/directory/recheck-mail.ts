/**
 * The keepers' re-check letter (recheck-letter.ts) as something a mail client opens: an RFC 5322 message
 * (.eml, UTF-8) left as a draft, or a mailto: link. Only encoding; the words are the letter's.
 */
/** RFC 2047 encoded-word for a header with non-ASCII text (UTF-8, base64). */
function encodedWord(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

/** An RFC 5322 date ("Mon, 07 Dec 2026 00:00:00 +0000"). */
function messageDate(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

/**
 * The letter as an RFC 5322 message: CRLF line ends, UTF-8 text sent 8-bit, an encoded subject, and
 * X-Unsent so a mail client opens it as a draft to check and send, never sends it by itself.
 */
export function asEml(
  letter: { subject: string; body: string },
  to: string,
  from: string,
  date: Date,
  id: string,
): string {
  const domain = from.split('@')[1] ?? 'localhost';
  const headers = [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${encodedWord(letter.subject)}`,
    `Date: ${messageDate(date)}`,
    `Message-ID: <recheck.${id}.${date.toISOString().slice(0, 10)}@${domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    'X-Unsent: 1',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${letter.body.replace(/\r?\n/g, '\r\n')}\r\n`;
}

/**
 * The same letter as a mailto: link (RFC 6068: percent-encoded UTF-8, line breaks as %0D%0A). ! ' ( ) *
 * are encoded too, so the link survives inside a Markdown link.
 */
export function asMailto(letter: { subject: string; body: string }, to: string): string {
  const encode = (text: string) =>
    encodeURIComponent(text)
      .replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%0A/g, '%0D%0A');
  return `mailto:${to}?subject=${encode(letter.subject)}&body=${encode(letter.body)}`;
}
