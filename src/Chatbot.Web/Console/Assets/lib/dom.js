// @ts-check
// Building the console's pages. Rule: whatever comes from the API goes into the page as text (text nodes,
// textContent, attribute values), never as HTML. A citizen who writes <script> sees it shown, not run.

/**
 * @typedef {Node | string | number | null | undefined | false | ReadonlyArray<any>} Children
 * @typedef {{ [name: string]: unknown, data?: Record<string, unknown>, on?: Record<string, EventListener> }} Props
 */

/**
 * h('tag.class#id', { attr: v, data: { key: v }, on: { click: fn } }, children…): strings become text nodes;
 * null, undefined and false (as props or children) are skipped; value, checked, selected, disabled and hidden are set
 * as properties, the rest as attributes (true as an empty one).
 * @param {string} spec
 * @param {Props | null} [props]
 * @param {...Children} children
 * @returns {HTMLElement & Record<string, any>}
 */
export function h(spec, props, ...children) {
  const match = /^([a-z0-9]+)(.*)$/i.exec(spec);
  if (!match) throw new Error('h: no tag in ' + spec);
  const node = /** @type {HTMLElement & Record<string, any>} */ (document.createElement(match[1]));
  for (const part of match[2].match(/[.#][^.#]+/g) || []) {
    if (part[0] === '.') node.classList.add(part.slice(1));
    else node.id = part.slice(1);
  }
  for (const [name, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'on') {
      for (const [type, listener] of Object.entries(/** @type {Record<string, EventListener>} */ (value)))
        node.addEventListener(type, listener);
    } else if (name === 'data') {
      for (const [key, v] of Object.entries(/** @type {Record<string, unknown>} */ (value))) {
        if (v !== null && v !== undefined) node.dataset[key] = String(v);
      }
    } else if (name === 'class') {
      node.classList.add(...String(value).split(/\s+/).filter(Boolean));
    } else if (['value', 'checked', 'selected', 'disabled', 'hidden'].includes(name)) {
      node[name] = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  return add(node, children);
}

/**
 * Appends children (nested arrays flattened; strings as text nodes; null, undefined and false skipped).
 * @template {Node} T
 * @param {T} node
 * @param {...Children} children
 * @returns {T}
 */
export function add(node, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/**
 * @template {Element} T
 * @param {T} node
 * @returns {T}
 */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/**
 * The node's children replaced by these.
 * @template {Element} T
 * @param {T} node
 * @param {...Children} children
 * @returns {T}
 */
export function replace(node, ...children) {
  node.replaceChildren();
  return add(node, children);
}

/**
 * @param {string} selector
 * @param {ParentNode} [root]
 * @returns {(HTMLElement & Record<string, any>) | null}
 */
export const $ = (selector, root) => (root || document).querySelector(selector);

/**
 * @param {string} selector
 * @param {ParentNode} [root]
 * @returns {(HTMLElement & Record<string, any>)[]}
 */
export const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));

/**
 * A short message in the page's #toast area; errors stay longer.
 * @param {string | null | undefined} text
 * @param {'info' | 'ok' | 'error'} [kind]
 */
export function toast(text, kind) {
  const box = document.getElementById('toast');
  if (!box || !text) return;
  const item = h('div.toast.' + (kind || 'info'), null, text);
  box.append(item);
  setTimeout(() => item.remove(), kind === 'error' ? 9000 : 4500);
}

/**
 * Runs an action with its button disabled meanwhile.
 * @template T
 * @param {HTMLButtonElement | HTMLElement | null | undefined} button
 * @param {() => Promise<T>} run
 * @returns {Promise<T>}
 */
export async function busy(button, run) {
  const control = /** @type {HTMLButtonElement | null | undefined} */ (button);
  if (control) control.disabled = true;
  try {
    return await run();
  } finally {
    if (control && control.isConnected) control.disabled = false;
  }
}

/** The page's settings, written by the server into the body's data attributes. */
export const page = {
  api: document.body.dataset.api || '/api',
  root: document.body.dataset.root || '/console',
  name: document.body.dataset.page || '',
};
