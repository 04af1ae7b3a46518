// The page is a client of the public API (/api/v1), like any other: same endpoints, same keys,
// same errors. The key, when the server needs one, is asked for once and kept in sessionStorage
// (or localStorage when the examiner ticks "remember"), and sent as Authorization: Bearer.

const KEY = 'priorart.key';

/** An API error: the API's {error, message, details} with the HTTP status. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.message ? body.message : 'HTTP ' + status);
    this.status = status;
    this.code = body && body.error ? body.error : 'http_' + status;
    this.details = body && body.details ? body.details : {};
  }
}

let askForKey = null; // set by main: shows the key dialog, resolves when a key was entered

export function onKeyNeeded(fn) {
  askForKey = fn;
}

export function storedKey() {
  return sessionStorage.getItem(KEY) || localStorage.getItem(KEY);
}

export function setKey(key, remember) {
  sessionStorage.removeItem(KEY);
  localStorage.removeItem(KEY);
  if (key) (remember ? localStorage : sessionStorage).setItem(KEY, key);
}

async function send(method, path, body, accept) {
  const headers = {Accept: accept || 'application/json'};
  const key = storedKey();
  if (key) headers.Authorization = 'Bearer ' + key;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit', cache: 'no-store'});
  } catch (e) {
    throw new ApiError(0, {error: 'network', message: 'the server cannot be reached: ' + e.message});
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.startsWith('application/json') ? await response.json() : await response.text();
  if (!response.ok) throw new ApiError(response.status, typeof data === 'object' ? data : null);
  return data;
}

/**
 * A request; a 401 asks for a key (once at a time) and tries again with it. Other errors are
 * thrown as ApiError for the caller to show where they belong (a syntax error under the query).
 */
export async function api(method, path, body, accept) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send(method, path, body, accept);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401 && askForKey && attempt < 3) {
        await askForKey(storedKey() ? 'That key was not accepted: ' + e.message : null);
        continue;
      }
      throw e;
    }
  }
}

export const get = (path, accept) => api('GET', path, undefined, accept);
export const post = (path, body) => api('POST', path, body);
export const put = (path, body) => api('PUT', path, body);
export const del = path => api('DELETE', path);

/** A path segment, encoded (publication numbers may hold spaces, slashes, commas). */
export function seg(s) {
  return encodeURIComponent(String(s));
}
