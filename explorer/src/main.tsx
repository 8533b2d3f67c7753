import { render } from 'preact';
import { Layout } from './components/layout';
import { SearchBox } from './components/search-box';
import { HomePage } from './pages/home';
import { NodePage } from './pages/node';
import './style.css';

/** Renders the page the server's shell names in #app's data-* attributes (page, kind, id, message). */
function start(): void {
  const app = document.getElementById('app');
  if (!app) return;
  const { page = 'home', kind = '', id = '', message = '', graphiql = 'false' } = app.dataset;
  if (page === 'graphiql') return;
  const content =
    page === 'home' ? (
      <HomePage />
    ) : page === 'node' ? (
      <NodePage kind={kind} id={id} />
    ) : (
      <>
        <h1>{page === 'not-found' ? 'Not found' : 'Unavailable'}</h1>
        <p>{message}</p>
        <SearchBox autofocus />
      </>
    );
  app.textContent = '';
  render(<Layout graphiql={graphiql === 'true'}>{content}</Layout>, app);
}

start();
