/**
 * Inline style properties as an attachment: `{@attach inlineStyle({ left: '12%' })}`.
 * Svelte's `style:` directives bring a parser for CSS text into the script
 * (about half a kilobyte gzipped, issue 17) that this widget never needs: it
 * only ever sets whole properties, all of them on every run. The attachment
 * runs again whenever a value read in the call changes.
 */
import type { Attachment } from 'svelte/attachments';

export function inlineStyle(properties: Record<string, string>): Attachment<HTMLElement> {
  return (element) => {
    for (const name in properties) element.style.setProperty(name, properties[name]!);
  };
}
