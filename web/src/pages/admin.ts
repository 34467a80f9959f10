// Users and API tokens, for admins.
import { call, currentUser } from '../api.js';
import { clear, h } from '../dom.js';

export async function adminPage(app: HTMLElement): Promise<() => void> {
  const body = h('div');
  app.append(h('h1', null, 'Users and API tokens'), body);
  const draw = async () => {
    clear(body);
    const [{ users }, { tokens }] = await Promise.all([call('GET', '/api/users'), call('GET', '/api/tokens')]);
    const secret = h('p', { class: 'secret', id: 'new-secret' });
    body.append(
      h(
        'table',
        { class: 'queue' },
        h('tr', null, ...['User', 'Role', 'Since', 'Status', ''].map((t) => h('th', null, t))),
        ...users.map((u: any) =>
          h(
            'tr',
            null,
            h('td', null, u.username),
            h('td', null, u.role),
            h('td', null, u.createdAt.slice(0, 10)),
            h('td', null, u.disabledAt ? 'disabled' : 'active'),
            h(
              'td',
              null,
              u.id === currentUser()?.id
                ? ''
                : h('button', { type: 'button', class: 'link', onclick: async () => { await call('PATCH', `/api/users/${u.id}`, { disabled: !u.disabledAt }); await draw(); } }, u.disabledAt ? 'Enable' : 'Disable'),
              ' ',
              h('button', {
                type: 'button',
                class: 'link',
                onclick: async () => {
                  const r = await call('POST', '/api/tokens', { user: u.id, name: `token for ${u.username}` });
                  secret.textContent = `New token for ${u.username} (shown once): ${r.secret}`;
                },
              }, 'New API token'),
            ),
          ),
        ),
      ),
      secret,
    );
    const name = h('input', { name: 'username', required: true });
    const role = h('select', { name: 'role' }, ...['viewer', 'analyst', 'admin'].map((r) => h('option', { value: r }, r)));
    const pass = h('input', { name: 'password', type: 'password', minlength: 10, required: true, autocomplete: 'new-password' });
    const err = h('p', { class: 'error' });
    const form = h('form', { class: 'card' }, h('h2', null, 'Add a user'), h('label', null, 'Name ', name), h('label', null, 'Role ', role), h('label', null, 'Password ', pass), err, h('button', { type: 'submit' }, 'Add'));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        await call('POST', '/api/users', { username: name.value, role: role.value, password: pass.value });
        await draw();
      } catch (x) {
        err.textContent = x instanceof Error ? x.message : String(x);
      }
    });
    body.append(
      form,
      h('h2', null, 'API tokens'),
      h(
        'ul',
        null,
        ...tokens.map((t: any) =>
          h(
            'li',
            null,
            `${t.name} (user ${t.userId}) made ${t.createdAt.slice(0, 10)}, last used ${t.lastUsedAt?.slice(0, 10) ?? 'never'} `,
            t.revokedAt ? `revoked ${t.revokedAt.slice(0, 10)}` : h('button', { type: 'button', class: 'link', onclick: async () => { await call('DELETE', `/api/tokens/${t.id}`); await draw(); } }, 'Revoke'),
          ),
        ),
      ),
    );
  };
  await draw();
  return () => undefined;
}
