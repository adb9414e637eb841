/**
 * The text of a suggestion as a keeper saved it from a mail program: a plain-text file (the body, or the
 * message copied), or a whole e-mail (.eml: headers, MIME parts, quoted-printable or base64, any charset),
 * read with postal-mime rather than a MIME reader of our own. Pure (no file system): the caller reads the file.
 */
import PostalMime from 'postal-mime';

/** Headers first, then a blank line: a saved e-mail rather than a bare body. */
function looksLikeEmail(raw: string): boolean {
  const head = raw.replace(/\r\n?/g, '\n').split('\n\n', 1)[0] ?? '';
  const lines = head.split('\n').filter((line) => !/^[ \t]/.test(line));
  return (
    lines.length > 0 &&
    lines.every((line) => /^[A-Za-z][A-Za-z0-9-]*:/.test(line)) &&
    /^(from|subject|mime-version|content-type|date|to|received|return-path|message-id):/im.test(head)
  );
}

/** Quoted-printable decoding for a body saved without its headers (soft line breaks `=` and `=C3=A9` bytes). */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(joined.slice(i + 1, i + 3))?.[0] : undefined;
    if (hex) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(joined[i]!));
    }
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

/** A body still in quoted-printable: soft line breaks or encoded bytes, as a mail program saves a raw part. */
function looksQuotedPrintable(text: string): boolean {
  return /=\r?\n/.test(text) || /=(?:3D|20|C3|E2)/.test(text);
}

/** HTML to plain lines, for a mail that has only an HTML part: block ends become line breaks, entities decoded. */
function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/tr|\/h[1-6])\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The plain text that holds the suggestion, from a saved e-mail or a plain file, and the day the e-mail was sent (YYYY-MM-DD) when it says. */
export async function suggestionText(raw: string): Promise<{ text: string; sent?: string }> {
  if (looksLikeEmail(raw)) {
    const email = await PostalMime.parse(raw);
    const sent = email.date ? new Date(email.date) : undefined;
    return {
      text: email.text ?? (email.html ? htmlToText(email.html) : ''),
      ...(sent && !Number.isNaN(sent.getTime()) ? { sent: sent.toISOString().slice(0, 10) } : {}),
    };
  }
  return { text: looksQuotedPrintable(raw) ? decodeQuotedPrintable(raw) : raw };
}
