/**
 * "I am a parent or relative" / "I work with families": the municipality pages' switch (same strings,
 * same look, same `?for=` parameter), here reordering the panel without reloading. Each is a real link
 * to this map view for that reader, so it can be opened in a new tab or shared.
 */
import type { MouseEvent } from 'react';
import { audiences, type Audience } from '../../lib/url-state.ts';
import type { Strings } from './strings.ts';

const label: Record<Audience, string> = { family: 'audience.family', professional: 'audience.professional' };

interface Props {
  audience: Audience;
  hrefFor: (audience: Audience) => string;
  onChange: (audience: Audience) => void;
  strings: Strings;
}

export default function AudienceSwitch({ audience, hrefFor, onChange, strings: s }: Props) {
  const choose = (a: Audience) => (event: MouseEvent<HTMLAnchorElement>) => {
    // A plain click switches in place; a modified click (new tab, new window) follows the link.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onChange(a);
  };
  return (
    <nav className="audience-switch" aria-label={s['audience.label']}>
      {audiences.map((a) => (
        <a key={a} href={hrefFor(a)} aria-current={a === audience ? 'true' : undefined} onClick={choose(a)}>
          {s[label[a]]}
        </a>
      ))}
    </nav>
  );
}
