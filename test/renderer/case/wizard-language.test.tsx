// @vitest-environment jsdom
// ja ⇄ en: the whole UI changes language, errors included, and nothing typed is lost.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openWizard } from '../support/wizard-helpers';

afterEach(cleanup);

describe('language switch', () => {
  it('switches to English and back keeping typed values and translating the errors', async () => {
    await openWizard({}, 1);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/UTokyo Account/), '12345');
    await user.tab();
    expect(await screen.findByText(/UTokyo Account は10桁の数字です/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(/route/i);
    expect(screen.getByLabelText(/UTokyo Account/)).toHaveValue('12345');
    expect(screen.getByText(/The UTokyo Account is exactly 10 digits/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('button', { name: '日本語' }));
    await waitFor(() => expect(screen.getByLabelText(/UTokyo Account/)).toHaveValue('12345'));
    expect(screen.getByText(/UTokyo Account は10桁の数字です/)).toBeInTheDocument();
  });
});
