// Turns the bot's neutral rich text into DOM nodes, safely. The markup is already escaped HTML with only
// <b>, <i>, <code> and <a href>; it is still parsed into an inert document and rebuilt element by
// element, so nothing but those tags (and links to http(s) or this sandbox) can ever reach the page.
'use strict';

const RichText = (() => {
  const ALLOWED = new Set(['b', 'strong', 'i', 'em', 'u', 's', 'code', 'pre', 'a']);
  const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript']);
  const LINK = /(https?:\/\/[^\s<>"]+|\/sandbox\/#start=[A-Za-z0-9_%-]+)/g;

  /** An address the page may link to: http(s) anywhere, or a path of this sandbox. */
  function safeHref(href) {
    if (!href) {
      return null;
    }
    try {
      const url = new URL(href, window.location.href);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return null;
      }
      return url.origin === window.location.origin ? url.pathname + url.search + url.hash : url.href;
    } catch (e) {
      return null;
    }
  }

  function link(href, text) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    if (!href.startsWith('/sandbox/')) {
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
    }
    return a;
  }

  /** Text with bare addresses turned into links. */
  function appendText(parent, text, linkify) {
    if (!linkify) {
      parent.appendChild(document.createTextNode(text));
      return;
    }
    let last = 0;
    for (const match of text.matchAll(LINK)) {
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      const href = safeHref(match[0]);
      parent.appendChild(href ? link(href, match[0]) : document.createTextNode(match[0]));
      last = match.index + match[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function copy(from, to, linkify) {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        appendText(to, node.textContent, linkify);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const tag = node.tagName.toLowerCase();
        if (DROPPED.has(tag)) {
          continue;
        }
        if (!ALLOWED.has(tag)) {
          copy(node, to, linkify);
          continue;
        }
        if (tag === 'a') {
          const href = safeHref(node.getAttribute('href'));
          const el = href ? link(href, '') : document.createElement('span');
          copy(node, el, false);
          to.appendChild(el);
          continue;
        }
        const el = document.createElement(tag);
        copy(node, el, linkify);
        to.appendChild(el);
      }
    }
  }

  /** A fragment showing the markup; line breaks stay as text (the bubble keeps white space). */
  function render(markup) {
    const doc = new DOMParser().parseFromString('<!doctype html><body>' + (markup || ''), 'text/html');
    const fragment = document.createDocumentFragment();
    copy(doc.body, fragment, true);
    return fragment;
  }

  /** A person's own plain text, with its addresses clickable. */
  function plain(text) {
    const fragment = document.createDocumentFragment();
    appendText(fragment, text || '', true);
    return fragment;
  }

  return { render, plain, safeHref };
})();
