/*
 * gen's search page. Reads the prebuilt index that `gen build` writes under search/:
 *   manifest.js       window.__genSearch.manifest({version, build, docs, slots, bundle, shards, lengths})
 *   terms/<n>.js      window.__genSearch.shard(n, {term: postings, ...})
 *   docs/<k>/<b>.js   window.__genSearch.docs(b, {id: [title, path, date, source, text], ...})
 * A document's path is the slug of its page articles/<slug>.html, or, when it has a '/', the page's
 * path itself; its text is the start of the article's (ending in " …" when cut), for the snippet.
 * Document ids are slots in a table of `slots` (some empty); the documents of each `bundle`
 * consecutive slots share a file, bundle b = floor(id / bundle), in folder k = floor(b / 1000)
 * (no file for a bundle of empty slots). `lengths` has each slot's length in
 * terms as two base-36 digits (1 + 100 ln(length)), or '.' for an empty slot. A posting is a
 * base-36 id gap and a letter A..Z for the term's count in the document.
 * Files are loaded as <script> elements, not with fetch(), so search works from file:// too.
 * A query loads the manifest, the one shard of each of its terms, and the bundles of the documents
 * it shows.
 *
 * The tokenizer below must agree with gen.search.SearchTokenizer character for character.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var indexBase = script.getAttribute('data-index');
  var siteRoot = script.getAttribute('data-root') || '';
  // The index's version: a browser must not mix cached files of two builds.
  var version = script.getAttribute('data-version') || '';
  var PAGE = 10;
  var MAX_WORD = 40;
  // BM25, as the index was built for: term-frequency saturation and length normalization.
  var K1 = 1.2;
  var B = 0.75;

  // ---- tokenizer (mirrors SearchTokenizer) ----
  var UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\u30FC\uFF70\uFF9E\uFF9F\u3099-\u309C]/u;
  var WORD = /[\p{L}\p{N}\p{M}]/u;
  var FOLDED_MARKS = /[\u0300-\u036F\u0591-\u05C7\u0610-\u061A\u064B-\u065F\u0670]/g;
  var SPECIAL = /[ßæœøłđðþıςـ]/g;
  var SPECIAL_MAP = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ς': 'σ', 'ـ': '' };

  function classOf(ch) {
    if (UNSPACED.test(ch)) return 2;
    if (WORD.test(ch)) return 1;
    return 0;
  }

  function fold(s) {
    return s.toLowerCase().normalize('NFKD').replace(FOLDED_MARKS, '')
      .replace(SPECIAL, function (c) { return SPECIAL_MAP[c]; }).normalize('NFC');
  }

  var HAN = /\p{sc=Han}/u;

  /**
   * Terms of a text with the [start, end) offsets they came from. With index true, also each Han
   * character on its own, as the index has them (for highlighting a one-character query).
   */
  function tokenize(text, index) {
    var out = [];
    var i = 0;
    var n = text.length;
    while (i < n) {
      var ch = String.fromCodePoint(text.codePointAt(i));
      var c = classOf(ch);
      if (c === 0) { i += ch.length; continue; }
      var start = i;
      var raw = [];
      while (i < n) {
        var next = String.fromCodePoint(text.codePointAt(i));
        if (classOf(next) !== c) break;
        raw.push(i);
        i += next.length;
      }
      var run = text.slice(start, i);
      if (c === 1) {
        var word = fold(run);
        var length = Array.from(word).length;
        if (length >= 2 && length <= MAX_WORD) out.push({ term: word, start: start, end: i });
      } else {
        var cps = Array.from(fold(run)).filter(function (x) { return classOf(x) === 2; });
        var aligned = cps.length === raw.length;
        if (cps.length === 1) {
          out.push({ term: cps[0], start: start, end: i });
        }
        for (var k = 0; cps.length > 1 && k < cps.length; k++) {
          if (index && HAN.test(cps[k])) {
            out.push({
              term: cps[k],
              start: aligned ? raw[k] : start,
              end: aligned ? (k + 1 < raw.length ? raw[k + 1] : i) : i
            });
          }
          if (k + 1 < cps.length) {
            out.push({
              term: cps[k] + cps[k + 1],
              start: aligned ? raw[k] : start,
              end: aligned ? (k + 2 < raw.length ? raw[k + 2] : i) : i
            });
          }
        }
      }
    }
    return out;
  }

  /** FNV-1a over UTF-16 code units, as SearchIndex.shardOf. */
  function shardOf(term, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) % shards;
  }

  /** Each slot's length in terms (0 for an empty slot) and their average over the documents. */
  function decodeLengths(m) {
    var lengths = new Float64Array(m.slots);
    var codes = m.lengths || '';
    var total = 0;
    var count = 0;
    for (var i = 0, slot = 0; i < codes.length && slot < m.slots; slot++) {
      if (codes.charAt(i) === '.') { i++; continue; }
      var code = parseInt(codes.substr(i, 2), 36);
      i += 2;
      lengths[slot] = Math.exp((code - 1) / 100);
      total += lengths[slot];
      count++;
    }
    return { bySlot: lengths, average: count ? Math.max(1, total / count) : 1 };
  }

  // ---- loading the index through <script> elements ----
  var state = { manifest: null, lengths: null, shards: {}, bundles: {}, docs: {} };
  var pending = {};

  window.__genSearch = {
    manifest: function (m) { state.manifest = m; state.lengths = decodeLengths(m); },
    shard: function (n, terms) { state.shards[n] = terms; },
    docs: function (b, docs) {
      Object.keys(docs).forEach(function (id) {
        var row = docs[id];
        state.docs[id] = {
          title: row[0],
          path: row[1].indexOf('/') < 0 ? 'articles/' + row[1] + '.html' : row[1],
          date: row[2],
          source: row[3],
          text: row[4]
        };
      });
      state.bundles[b] = true;
    },
    // The query tokenizer, exposed so tests can check that it agrees with the Java one.
    terms: function (text) { return tokenize(text, false).map(function (t) { return t.term; }); },
    indexTerms: function (text) { return tokenize(text, true).map(function (t) { return t.term; }); }
  };

  function load(path, ready) {
    if (ready()) return Promise.resolve();
    if (pending[path]) return pending[path];
    pending[path] = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = indexBase + path + (version ? '?v=' + encodeURIComponent(version) : '');
      s.async = true;
      s.onload = function () { ready() ? resolve() : reject(new Error(path + ' did not register')); };
      s.onerror = function () { delete pending[path]; reject(new Error('could not load ' + path)); };
      document.head.appendChild(s);
    });
    return pending[path];
  }

  function loadManifest() {
    return load('manifest.js', function () { return state.manifest !== null; });
  }

  function loadShard(n) {
    return load('terms/' + n + '.js', function () { return n in state.shards; });
  }

  function bundleOf(id) {
    return Math.floor(id / state.manifest.bundle);
  }

  function loadBundle(b) {
    return load('docs/' + Math.floor(b / 1000) + '/' + b + '.js', function () { return b in state.bundles; });
  }

  // ---- ranking ----
  /** Documents ranked by how many query terms they contain, then by BM25 score, then newest. */
  function rank(terms) {
    var n = state.manifest.docs;
    var slots = state.manifest.slots;
    var score = new Float64Array(slots);
    var hits = new Uint8Array(slots);
    var lengths = state.lengths.bySlot;
    var average = state.lengths.average;
    var seen = [];
    terms.forEach(function (term) {
      var postings = state.shards[shardOf(term, state.manifest.shards)][term];
      if (!postings) return;
      var df = 0;
      for (var j = 0; j < postings.length; j++) {
        var c = postings.charCodeAt(j);
        if (c >= 65 && c <= 90) df++;
      }
      var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      var doc = 0;
      var gap = 0;
      for (var i = 0; i < postings.length; i++) {
        var code = postings.charCodeAt(i);
        if (code >= 65 && code <= 90) {
          doc += gap;
          gap = 0;
          if (hits[doc] === 0) seen.push(doc);
          hits[doc]++;
          var tf = code - 64;
          var norm = K1 * (1 - B + B * lengths[doc] / average);
          score[doc] += idf * tf / (tf + norm);
        } else {
          gap = gap * 36 + (code <= 57 ? code - 48 : code - 87);
        }
      }
    });
    seen.sort(function (a, b) { return hits[b] - hits[a] || score[b] - score[a] || a - b; });
    return { docs: seen, complete: seen.filter(function (d) { return hits[d] === terms.length; }).length };
  }

  // ---- snippets ----
  var SNIPPET = 240;

  /**
   * Appends text[from, to) to a parent, with the spans of query terms wrapped in <mark>; spans
   * that overlap (the bigrams of one Chinese word) make one mark.
   */
  function appendMarked(parent, text, from, to, tokens, wanted) {
    var spans = [];
    tokens.forEach(function (t) {
      if (t.start < from || t.end > to || !wanted.has(t.term)) return;
      var last = spans[spans.length - 1];
      if (last && t.start <= last[1]) last[1] = Math.max(last[1], t.end);
      else spans.push([t.start, t.end]);
    });
    var at = from;
    spans.forEach(function (span) {
      parent.appendChild(document.createTextNode(text.slice(at, span[0])));
      var m = document.createElement('mark');
      m.textContent = text.slice(span[0], span[1]);
      parent.appendChild(m);
      at = span[1];
    });
    parent.appendChild(document.createTextNode(text.slice(at, to)));
  }

  /** The passage of about SNIPPET characters with the most distinct query terms. */
  function snippet(text, wanted) {
    var tokens = tokenize(text, true);
    var matches = tokens.filter(function (t) { return wanted.has(t.term); });
    var best = 0;
    var bestCount = 0;
    for (var i = 0; i < matches.length; i++) {
      var distinct = new Set();
      for (var j = i; j < matches.length && matches[j].start < matches[i].start + SNIPPET - 40; j++) distinct.add(matches[j].term);
      if (distinct.size > bestCount) { bestCount = distinct.size; best = matches[i].start; }
    }
    // Start at the beginning when the passage is near it anyway; else at a word boundary before it.
    var from = best < 100 ? 0 : best - 60;
    // A passage near the end of the (short) text starts early enough to fill the snippet.
    if (from > 0 && from + SNIPPET > text.length) from = Math.max(0, text.length - SNIPPET);
    if (from > 0) {
      var space = text.indexOf(' ', from);
      if (space >= 0 && space < best) from = space + 1;
    }
    var to = Math.min(text.length, from + SNIPPET);
    if (to < text.length) {
      var cut = text.lastIndexOf(' ', to);
      if (cut > from + SNIPPET / 2) to = cut;
    }
    var p = document.createElement('p');
    p.className = 'search-snippet';
    if (from > 0) p.appendChild(document.createTextNode('… '));
    appendMarked(p, text, from, to, tokens, wanted);
    if (to < text.length) p.appendChild(document.createTextNode(' …'));
    return p;
  }

  // ---- the page ----
  var input = document.getElementById('search-q');
  var statusLine = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var generation = 0;
  var current = null;

  function result(id, wanted) {
    var d = state.docs[id];
    var li = document.createElement('li');
    var h = document.createElement('h2');
    var a = document.createElement('a');
    a.href = siteRoot + d.path;
    var titleTokens = tokenize(d.title, true);
    appendMarked(a, d.title, 0, d.title.length, titleTokens, wanted);
    h.appendChild(a);
    li.appendChild(h);
    var meta = [d.date, d.source].filter(Boolean).join(' · ');
    if (meta) {
      var m = document.createElement('p');
      m.className = 'meta';
      m.textContent = meta;
      li.appendChild(m);
    }
    li.appendChild(snippet(d.text, wanted));
    return li;
  }

  function showPage(run, focusFirst) {
    var ids = run.ranked.docs.slice(run.shown, run.shown + PAGE);
    var bundles = Array.from(new Set(ids.map(bundleOf)));
    return Promise.all(bundles.map(loadBundle)).then(function () {
      if (run.generation !== generation) return;
      var first = null;
      ids.forEach(function (id) {
        var li = result(id, run.wanted);
        first = first || li.querySelector('a');
        list.appendChild(li);
      });
      run.shown += ids.length;
      more.hidden = run.shown >= run.ranked.docs.length;
      if (focusFirst && first) first.focus();
    });
  }

  function plural(n, one, many) {
    return n.toLocaleString() + ' ' + (n === 1 ? one : many);
  }

  function search(query) {
    var run = { generation: ++generation, shown: 0, ranked: null, wanted: null };
    current = run;
    list.textContent = '';
    more.hidden = true;
    statusLine.removeAttribute('data-state');
    var terms = Array.from(new Set(tokenize(query, false).map(function (t) { return t.term; })));
    if (terms.length === 0) {
      statusLine.textContent = query.trim() ? 'Type a longer word to search.' : '';
      return Promise.resolve();
    }
    statusLine.textContent = 'Searching…';
    var started = performance.now();
    return loadManifest()
      .then(function () {
        var shards = Array.from(new Set(terms.map(function (t) { return shardOf(t, state.manifest.shards); })));
        return Promise.all(shards.map(loadShard));
      })
      .then(function () {
        if (run.generation !== generation) return;
        run.wanted = new Set(terms);
        run.ranked = rank(terms);
        return showPage(run, false).then(function () {
          var total = run.ranked.docs.length;
          var ms = Math.round(performance.now() - started);
          var text = total === 0
            ? 'No articles found for “' + query.trim() + '”.'
            : plural(total, 'article', 'articles') + ' found for “' + query.trim() + '”' +
              (terms.length > 1 && run.ranked.complete < total
                ? ' (' + run.ranked.complete.toLocaleString() + ' with every word)' : '') + '.';
          statusLine.textContent = text;
          statusLine.setAttribute('data-state', 'done');
          statusLine.setAttribute('data-ms', String(ms));
          statusLine.title = 'in ' + ms + ' ms';
        });
      })
      .catch(function (e) {
        statusLine.textContent = 'Search is unavailable: ' + e.message + '. Rebuild the site with gen build.';
        statusLine.setAttribute('data-state', 'error');
      });
  }

  function resultLinks() {
    return Array.prototype.slice.call(list.querySelectorAll('a'));
  }

  document.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    var links = resultLinks();
    if (links.length === 0) return;
    var at = document.activeElement === input ? -1 : links.indexOf(document.activeElement);
    if (at === -1 && document.activeElement !== input) return;
    e.preventDefault();
    if (e.key === 'ArrowDown') {
      if (at + 1 < links.length) links[at + 1].focus();
      else if (!more.hidden) more.focus();
    } else if (at <= 0) {
      input.focus();
    } else {
      links[at - 1].focus();
    }
  });

  more.addEventListener('click', function () {
    if (current && current.ranked) showPage(current, true);
  });

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  if (query.trim()) {
    document.title = query.trim() + ' · ' + document.title;
    search(query);
  } else {
    input.focus();
  }
})();
