// @vitest-environment jsdom
// The desk's pages in Settings: a page stored on another site (an older version accepted any) is
// flagged beside its field as soon as Settings opens, saying which site the page must be on.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { DEFAULT_DESK_LINKS } from '../../../src-shared/counter-contact';
import { createFakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

describe('desk pages in Settings', () => {
  it('flags a stored page on another site beside its field, and only that one', async () => {
    const desk = createFakeDesk({ deskLinks: { ...DEFAULT_DESK_LINKS, mailForm: 'https://phish.example/utelecon-form' } });
    renderApp(desk, { route: { name: 'settings' } });
    const field = await screen.findByLabelText('メールフォームのページ');
    expect(field).toHaveValue('https://phish.example/utelecon-form');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/サポート窓口のサイト\(https:\/\/utelecon\.adm\.u-tokyo\.ac\.jp\/\)のページだけ/);
    expect(screen.getByLabelText('「クラウドデータ救出」のページ')).not.toHaveAttribute('aria-invalid');
  });

  it('the built-in pages raise nothing', async () => {
    renderApp(createFakeDesk(), { route: { name: 'settings' } });
    expect(await screen.findByLabelText('メールフォームのページ')).not.toHaveAttribute('aria-invalid');
  });
});
