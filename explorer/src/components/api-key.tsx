import { useState } from 'preact/hooks';
import { apiKey, setApiKey } from '../api';

/**
 * Where an analyst gives the explorer an API key, for an API whose reads need one (READ_REQUIRES_AUTH): kept for this
 * tab only (session storage) and sent with every query; saving or forgetting it reloads the page.
 */
export function ApiKeyForm() {
  const [key, setKey] = useState('');
  const current = apiKey();
  return (
    <details class="api-key">
      <summary>API key{current ? ' (set)' : ''}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setApiKey(key.trim() || null);
          window.location.reload();
        }}
      >
        <label for="api-key">Key for an API whose reads need one</label>{' '}
        <input
          id="api-key"
          type="password"
          autocomplete="off"
          value={key}
          onInput={(event) => setKey((event.target as HTMLInputElement).value)}
        />{' '}
        <button type="submit">Use</button>
        {current ? (
          <button
            type="button"
            onClick={() => {
              setApiKey(null);
              window.location.reload();
            }}
          >
            Forget
          </button>
        ) : null}
      </form>
    </details>
  );
}
