// Logging in, and the first admin's one-time setup.
import { ApiError, call, logIn } from '../api.js';
import { clear, h } from '../dom.js';

function errorLine(): HTMLParagraphElement {
  return h('p', { class: 'error', role: 'alert' });
}

export function loginPage(app: HTMLElement, done: () => void): void {
  clear(app);
  const user = h('input', { name: 'username', autocomplete: 'username', required: true });
  const pass = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const err = errorLine();
  const form = h(
    'form',
    { class: 'card narrow', id: 'login' },
    h('h1', null, 'Log in'),
    h('label', null, 'User name', user),
    h('label', null, 'Password', pass),
    err,
    h('button', { type: 'submit' }, 'Log in'),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    err.textContent = '';
    try {
      await logIn(user.value, pass.value);
      done();
    } catch (x) {
      err.textContent = x instanceof ApiError ? x.message : String(x);
    }
  });
  app.append(form);
  user.focus();
}

export function setupPage(app: HTMLElement, code: string): void {
  clear(app);
  const codeIn = h('input', { name: 'code', value: code, required: true });
  const user = h('input', { name: 'username', value: 'admin', autocomplete: 'username', required: true });
  const pass = h('input', { name: 'password', type: 'password', autocomplete: 'new-password', minlength: 10, required: true });
  const err = errorLine();
  const form = h(
    'form',
    { class: 'card narrow', id: 'setup' },
    h('h1', null, 'Make the first admin'),
    h('p', null, 'The code is the one the server printed when it started. It works once, while there are no users.'),
    h('label', null, 'Setup code', codeIn),
    h('label', null, 'User name', user),
    h('label', null, 'Password (10 characters or more)', pass),
    err,
    h('button', { type: 'submit' }, 'Make admin and log in'),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    err.textContent = '';
    try {
      await call('POST', '/api/setup', { code: codeIn.value, username: user.value, password: pass.value });
      await logIn(user.value, pass.value);
      location.hash = '#/map';
    } catch (x) {
      err.textContent = x instanceof ApiError ? x.message : String(x);
    }
  });
  app.append(form);
}
