// @ts-check
// WhatsApp's text marks as the citizen sees them: *bold*, _italic_, ~strike~ and ```monospace```. Built from DOM
// nodes and text nodes only (never HTML): a citizen's "<b>" stays the text "<b>".

/** The marks, each with the element it becomes. A mark opens after a start, space or punctuation and closes before one. */
const MARKS = [
  { mark: '```', tag: 'code' },
  { mark: '*', tag: 'strong' },
  { mark: '_', tag: 'em' },
  { mark: '~', tag: 's' },
];

const EDGE = /[\s.,;:!?()[\]{}"'«»-]/;

/**
 * The text as nodes: marked spans as strong/em/s/code elements (nested marks inside them too), the rest as text.
 * @param {string} text
 * @returns {Node[]}
 */
export function formatted(text) {
  /** @type {Node[]} */
  const nodes = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const found = MARKS.find((m) => text.startsWith(m.mark, i) && opens(text, i, m.mark));
    const end = found ? closing(text, i + found.mark.length, found.mark) : -1;
    if (!found || end < 0) {
      plain += text[i];
      i++;
      continue;
    }
    if (plain) nodes.push(document.createTextNode(plain));
    plain = '';
    const inner = text.slice(i + found.mark.length, end);
    const element = document.createElement(found.tag);
    element.append(...(found.tag === 'code' ? [document.createTextNode(inner)] : formatted(inner)));
    nodes.push(element);
    i = end + found.mark.length;
  }
  if (plain) nodes.push(document.createTextNode(plain));
  return nodes;
}

/**
 * @param {string} text
 * @param {number} at
 * @param {string} mark
 */
function opens(text, at, mark) {
  const before = at === 0 ? ' ' : text[at - 1];
  const after = text[at + mark.length];
  return (EDGE.test(before) || before === '\n') && after !== undefined && !/\s/.test(after);
}

/**
 * Where the mark opened before `from` closes on the same line, or -1.
 * @param {string} text
 * @param {number} from
 * @param {string} mark
 */
function closing(text, from, mark) {
  for (let j = from + 1; j <= text.length - mark.length; j++) {
    if (mark !== '```' && text[j] === '\n') return -1;
    if (!text.startsWith(mark, j) || /\s/.test(text[j - 1])) continue;
    const after = text[j + mark.length];
    if (after === undefined || EDGE.test(after) || after === '\n') return j;
  }
  return -1;
}
