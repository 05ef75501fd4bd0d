// What the shell does for core.outbox.openMailForm: the OS clipboard and the system browser. A type
// with no imports, so the Core interface can name it without an import circle.

export interface MailFormDesktop {
  copyText(text: string): Promise<void>;
  /** False when the URL is not the configured form's (the shell allows only that origin and path). */
  openMailForm(url: string, form: { readonly mailFormUrl: string; readonly mailFormPrefillTemplate: string | null }): Promise<boolean>;
}
