// The hand-off forms are not <form>s (on the review step they sit inside the wizard's form, and
// forms cannot nest), so Enter in a one-line field submits by hand — never in a text area (a new
// line) or on a button (which acts itself).
import type { KeyboardEvent } from 'react';

export function enterSubmits(submit: () => Promise<void>): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Enter' || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLButtonElement) return;
    e.preventDefault();
    void submit();
  };
}
