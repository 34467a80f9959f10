// The web app: a hash router over a few pages, each a function that fills #app.
import 'leaflet/dist/leaflet.css';
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { can, currentUser, logOut, restoreSession } from './api.js';
import { append, clear, h } from './dom.js';
import { adminPage } from './pages/admin.js';
import { incidentPage } from './pages/incident.js';
import { loginPage, setupPage } from './pages/login.js';
import { mapPage } from './pages/map.js';
import { queuePage } from './pages/queue.js';
import { uploadPage } from './pages/upload.js';

const app = document.getElementById('app')!;
/** What the page before left running (a map, a listener): stopped when the route changes. */
let teardown: (() => void) | null = null;

function nav(): void {
  const el = document.getElementById('nav')!;
  const who = document.getElementById('who')!;
  clear(el);
  clear(who);
  const user = currentUser();
  if (!user) return;
  append(
    el,
    h('a', { href: '#/map' }, 'Map'),
    h('a', { href: '#/queue' }, 'Review queue'),
    can('analyst') ? h('a', { href: '#/upload' }, 'Add reports') : null,
    can('admin') ? h('a', { href: '#/admin' }, 'Users') : null,
  );
  who.append(
    `${user.username} (${user.role}) `,
    h('button', {
      type: 'button',
      class: 'link',
      onclick: async () => {
        await logOut();
        location.hash = '#/login';
      },
    }, 'Log out'),
  );
}

export async function route(): Promise<void> {
  teardown?.();
  teardown = null;
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = (path || '/map').split('/').filter(Boolean);
  if (parts[0] === 'setup') {
    nav();
    setupPage(app, params.get('code') ?? '');
    return;
  }
  if (!currentUser() && !(await restoreSession())) {
    nav();
    loginPage(app, () => {
      nav();
      location.hash = '#/map';
      void route();
    });
    return;
  }
  nav();
  clear(app);
  switch (parts[0]) {
    case 'incident':
      teardown = await incidentPage(app, decodeURIComponent(parts[1] ?? ''));
      break;
    case 'queue':
      teardown = await queuePage(app);
      break;
    case 'upload':
      teardown = uploadPage(app);
      break;
    case 'admin':
      teardown = await adminPage(app);
      break;
    case 'login':
      loginPage(app, () => {
        nav();
        location.hash = '#/map';
      });
      break;
    default:
      teardown = await mapPage(app, params);
  }
}

window.addEventListener('hashchange', () => void route());
void route();
