/*
 * "Cite this article": adds the BibTeX entry under the plain-text citation. The entry is made here,
 * from what the page already carries (its JSON-LD NewsArticle, the saved date on the citation's
 * <details data-saved>, the page's file name as the key), rather than written into every page.
 * Loaded from the page's own folder, so it runs from file:// and under the pages' CSP.
 */
(function () {
  'use strict';
  var cite = document.querySelector('details.cite');
  var ld = document.querySelector('script[type="application/ld+json"]');
  if (!cite || !ld) return;
  var a;
  try {
    a = JSON.parse(ld.textContent);
  } catch (e) {
    return;
  }
  var MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
    'october', 'november', 'december'];

  // Characters BibTeX and LaTeX read as commands, made literal.
  function escape(s) {
    return String(s).replace(/[\\{}&%$#_~^]/g, function (c) {
      if (c === '\\') return '\\textbackslash{}';
      if (c === '~') return '\\textasciitilde{}';
      if (c === '^') return '\\textasciicircum{}';
      return '\\' + c;
    });
  }

  // 2026-11-26 -> "26 November 2026"; anything else as it is.
  function savedDisplay(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m || +m[2] < 1 || +m[2] > 12) return iso;
    var month = MONTHS[+m[2] - 1];
    return +m[3] + ' ' + month.charAt(0).toUpperCase() + month.slice(1) + ' ' + m[1];
  }

  function key(date) {
    var file = decodeURIComponent(location.pathname.split('/').pop() || '').replace(/\.html?$/, '');
    return file.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 24) + (date ? date.slice(0, 4) : '');
  }

  var fields = [];
  var authors = [].concat(a.author || []).map(function (p) { return p && p.name; }).filter(Boolean);
  if (authors.length) fields.push(['author', '{' + escape(authors.join(' and ')) + '}']);
  fields.push(['title', '{{' + escape(a.headline || '') + '}}']);
  if (a.publisher && a.publisher.name) fields.push(['howpublished', '{' + escape(a.publisher.name) + '}']);
  var date = typeof a.datePublished === 'string' ? a.datePublished : '';
  if (date) {
    fields.push(['year', '{' + date.slice(0, 4) + '}']);
    // month is BibTeX's predefined macro (jan, feb...), so it is the one value without braces.
    if (date.length >= 7) fields.push(['month', MONTHS[+date.slice(5, 7) - 1].slice(0, 3)]);
    fields.push(['date', '{' + date.slice(0, 10) + '}']);
  }
  if (a.isBasedOn) fields.push(['url', '{' + String(a.isBasedOn).replace(/\}/g, '%7D').replace(/\{/g, '%7B') + '}']);
  var saved = cite.getAttribute('data-saved');
  if (saved) {
    fields.push(['urldate', '{' + saved + '}']);
    fields.push(['note', '{Saved ' + savedDisplay(saved) + '}']);
  }
  var bib = '@misc{' + key(date) + ',\n' + fields.map(function (f) {
    return '  ' + f[0] + ' = ' + f[1];
  }).join(',\n') + '\n}';

  function heading(text) {
    var h = document.createElement('h2');
    h.className = 'cite-h';
    h.textContent = text;
    return h;
  }
  var plain = cite.querySelector('p');
  if (plain) cite.insertBefore(heading('Plain text'), plain);
  var pre = document.createElement('pre');
  var code = document.createElement('code');
  code.textContent = bib;
  pre.appendChild(code);
  cite.appendChild(heading('BibTeX'));
  cite.appendChild(pre);
})();
