import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { ConnectionPage } from './features/connection/ConnectionPage';
import { wantsConnectionChoice } from './features/connection/connectionStore';
import { startGlobalErrorLogging } from './stores/errorLogStore';
import './styles/app.css';
import './styles/narrow.css';

// What no component catches (event handlers, timers, forgotten promises) still reaches the log.
startGlobalErrorLogging();

const root = document.getElementById('root');
if (!root) throw new Error('Element #root ontbreekt in index.html.');
createRoot(root).render(
  <StrictMode>
    {/* The last net: even a failing header leaves a message and a reload, never a blank window. */}
    <ErrorBoundary where="app" variant="app">
      {/* The desktop app before it knows how to connect: no database, no API calls yet. */}
      {wantsConnectionChoice(window.location.hash) ? <ConnectionPage /> : <App />}
    </ErrorBoundary>
  </StrictMode>,
);
