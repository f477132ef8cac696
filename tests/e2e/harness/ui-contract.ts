/** The extension's UI as outside tests may rely on it (DESIGN.md §5, English UI). */
import type { Target } from './page-toolkit';

export const PRE_SUBMIT_DIALOG: Target = { role: 'dialog', nameContains: 'Think Before You Post' };
export const EDIT_BUTTON: Target = { role: 'button', name: 'Edit' };
export const POST_ANYWAY_BUTTON: Target = { role: 'button', name: 'Post anyway' };
export const ASK_FOR_ADVICE_BUTTON: Target = { role: 'button', name: 'Ask for advice' };
