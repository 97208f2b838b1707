import type { OutgoingMail } from '@emporium/platform-mail';

/**
 * The user service's e-mails, each with a plain-text part (what many clients show, and what spam filters read) and
 * a small HTML part. Links carry their token in the fragment, which browsers never send to a server or in a Referer.
 */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function html(title: string, paragraphs: string[], action?: { label: string; url: string }): string {
  const body = paragraphs.map((paragraph) => `<p style="margin:0 0 16px">${escapeHtml(paragraph)}</p>`).join('');
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1f3a5f;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p><p style="margin:0 0 16px;font-size:13px;color:#555">Or paste this link into your browser: ${escapeHtml(action.url)}</p>`
    : '';
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1b1b1b;max-width:560px;margin:auto;padding:24px"><h1 style="font-size:20px">${escapeHtml(title)}</h1>${body}${button}<p style="font-size:12px;color:#777">Emporium</p></body></html>`;
}

export function verificationMail(to: string, publicUrl: string, token: string): OutgoingMail {
  const url = `${publicUrl}/account/verify#token=${token}`;
  const intro = 'Confirm your e-mail address to finish creating your Emporium account.';
  const note = 'The link works once and expires in 48 hours. If you did not create an account, ignore this message.';
  return {
    to,
    template: 'user.email-verification',
    subject: 'Confirm your e-mail address',
    text: `${intro}\n\n${url}\n\n${note}\n`,
    html: html('Confirm your e-mail address', [intro, note], { label: 'Confirm e-mail address', url }),
  };
}

export function alreadyRegisteredMail(to: string, publicUrl: string): OutgoingMail {
  const url = `${publicUrl}/account/forgot-password`;
  const intro = 'Someone (perhaps you) tried to create an Emporium account with this address, which already has one.';
  const note = 'If it was you, sign in — or choose a new password if you have forgotten it. If not, you can ignore this message; nothing has changed.';
  return {
    to,
    template: 'user.already-registered',
    subject: 'You already have an account',
    text: `${intro}\n\n${note}\n\n${url}\n`,
    html: html('You already have an account', [intro, note], { label: 'Reset my password', url }),
  };
}

export function passwordResetMail(to: string, publicUrl: string, token: string): OutgoingMail {
  const url = `${publicUrl}/account/reset-password#token=${token}`;
  const intro = 'We received a request to reset the password of your Emporium account.';
  const note = 'The link works once and expires in one hour. If you did not ask for it, ignore this message: your password stays as it is.';
  return {
    to,
    template: 'user.password-reset',
    subject: 'Reset your password',
    text: `${intro}\n\n${url}\n\n${note}\n`,
    html: html('Reset your password', [intro, note], { label: 'Choose a new password', url }),
  };
}

export function passwordChangedMail(to: string, publicUrl: string): OutgoingMail {
  const url = `${publicUrl}/account/forgot-password`;
  const intro = 'The password of your Emporium account was just changed, and your other sessions were signed out.';
  const note = 'If this was not you, reset your password now and check your account.';
  return {
    to,
    template: 'user.password-changed',
    subject: 'Your password was changed',
    text: `${intro}\n\n${note}\n\n${url}\n`,
    html: html('Your password was changed', [intro, note], { label: 'Reset my password', url }),
  };
}
