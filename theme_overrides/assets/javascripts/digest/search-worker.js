/*
 * Meeting Digest search worker. Copyright (c) Meeting Digest contributors. MIT licence.
 *
 * Material for MkDocs (pinned 9.8.1) runs search in a web worker that answers four
 * messages: SETUP {config, docs} -> READY, QUERY "text" -> RESULT {items}. This worker
 * answers them from the index built by generator/site/search_index.py instead of building
 * a lunr index in the browser. The index carries its folding rules, so a query is folded
 * exactly as the indexed text was (search_fold.py does the same steps in Python).
 *
 * Matching: every query word must occur in a result. A word matches an indexed word when
 * one of its readings does: the word as written, without a leading clitic (و ف ب ل ك) and
 * without the article (ال, لل), or a gazetteer spelling of the same name. While the last
 * word is being typed and is not yet a word of the index, it matches the words it begins.
 */
(function (root) {
  "use strict"

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3

  /* ------------------------------------------------------------------ folding */

  function Rules(t) {
    this.remove = new RegExp(t.remove, "gu")
    this.censor = new RegExp(t.censor, "gu")
    this.word = new RegExp(t.word, "gu")
    this.tatweel = t.tatweel
    this.letters = t.letters
    this.seats = (t.seats || []).map(function (s) { return [new RegExp(s[0], "gu"), s[1]] })
    this.stop = new Set(t.stop)
    this.conjunctions = t.conjunctions
    this.prepositions = t.prepositions
    this.article = t.article
    this.minArticle = t.min_article
    this.minClitic = t.min_clitic
    this.whole = new Set(t.whole || [])
    this.weights = t.weights
    this.joining = new Set(t.joining || [])
    this.joinedNames = new Set(t.joined_names || [])
  }

  /* The same steps, in the same order, as Rules.fold in search_fold.py */
  Rules.prototype.fold = function (text) {
    text = String(text).normalize("NFKC")
    if (text.indexOf(this.tatweel) >= 0)
      text = text.replace(this.censor, "").split(this.tatweel).join("")
    text = text.replace(this.remove, "")
    this.seats.forEach(function (s) { text = text.replace(s[0], s[1]) })
    var out = ""
    for (var ch of text) {
      var to = this.letters[ch]
      out += to === undefined ? ch : to
    }
    return out
  }

  Rules.prototype.isStop = function (w) {
    return this.stop.has(w) ||
      (this.conjunctions.indexOf(w[0]) >= 0 && this.stop.has(w.slice(1)))
  }

  /* Folded words worth searching: Rules.words in search_fold.py */
  Rules.prototype.words = function (text) {
    var out = [], found = this.fold(text).match(this.word) || []
    for (var i = 0; i < found.length; i++)
      if (Array.from(found[i]).length > 1 && !this.isStop(found[i]))
        out.push(found[i])
    return out
  }

  /* Whether two folded words a space apart are one name also written without the space:
     Rules.joins in search_fold.py */
  Rules.prototype.joins = function (first, second) {
    if (Array.from(second).length < 2 || this.isStop(second)) return false
    var bare = this.conjunctions.indexOf(first[0]) >= 0 && this.joining.has(first.slice(1))
      ? first.slice(1) : first
    return this.joining.has(bare) || this.joinedNames.has(bare + " " + second)
  }

  /* Folded words with where each ends, and whether only spaces lead to the next */
  Rules.prototype.spans = function (text) {
    var folded = this.fold(text), out = [], m
    this.word.lastIndex = 0
    while ((m = this.word.exec(folded)) !== null) {
      var start = m.index, end = start + m[0].length
      if (out.length) {
        var gap = folded.slice(out[out.length - 1].end, start)
        out[out.length - 1].spaced = gap.length > 0 && /^\s+$/u.test(gap)
      }
      out.push({ word: m[0], end: end, spaced: false })
    }
    return out
  }

  /* Query words, names of two parts read as one: Rules.query_words in search_fold.py */
  Rules.prototype.queryWords = function (text) {
    var found = this.spans(text), out = []
    for (var i = 0; i < found.length; i++) {
      var w = found[i].word
      if (i + 1 < found.length && found[i].spaced && this.joins(w, found[i + 1].word)) {
        w += found[i + 1].word
        i++
      }
      out.push(w)
    }
    var self = this
    return out.filter(function (w) { return Array.from(w).length > 1 && !self.isStop(w) })
  }

  /* Readings of a folded word: as written, without a clitic, without the article */
  Rules.prototype.keys = function (w) {
    var out = [w], seen = new Set(out), self = this, art = this.article
    function add(k) {
      if (!seen.has(k)) { seen.add(k); out.push(k) }
    }
    function article(x) {
      if (x.startsWith(art) && x.length - art.length >= self.minArticle) {
        add(x); add(x.slice(art.length))
      }
    }
    article(w)
    // Gazetteer names are never read as clitic + word: "فيصل" is not ف + يصل
    if (this.whole.has(w)) return out
    var lam = art.slice(-1)
    var conjunctions = [""].concat(this.conjunctions)
    for (var i = 0; i < conjunctions.length; i++) {
      var c = conjunctions[i]
      if (c && !w.startsWith(c)) continue
      var a = w.slice(c.length)
      if (c) {
        if (a.length < this.minClitic) continue
        add(a); article(a)
        if (this.whole.has(a)) continue
      }
      for (var j = 0; j < this.prepositions.length; j++) {
        var p = this.prepositions[j]
        if (!a.startsWith(p)) continue
        var b = a.slice(p.length)
        // ل before the article drops its alef: "للأسد" is ل + "الأسد"
        if (p === lam && b.startsWith(lam) && b.length - 1 >= this.minArticle) {
          add(art + b.slice(1)); add(b.slice(1))
        }
        article(b)
        if (b.length >= this.minClitic) add(b)
      }
    }
    return out
  }

  /* ------------------------------------------------------------------ index */

  function Index(data) {
    var rules = this.rules = new Rules(data.rules)
    this.docs = data.docs
    this.paths = data.paths
    this.words = data.words ? data.words.split(" ") : []
    this.postings = data.postings
    this.decoded = new Map()
    this.sorted = null
    this.rank = {}
    for (var r = 0; r < data.rules.kinds.length; r++)
      this.rank[data.rules.kinds[r]] = r
    // Every reading of every indexed word, to the words it stands for
    var keys = this.keys = new Map()
    for (var i = 0; i < this.words.length; i++) {
      var readings = rules.keys(this.words[i])
      for (var k = 0; k < readings.length; k++) {
        var list = keys.get(readings[k])
        if (list) list.push(i)
        else keys.set(readings[k], [i])
      }
    }
    var groups = this.groups = new Map()
    data.rules.groups.forEach(function (group) {
      group.forEach(function (w) { groups.set(w, group) })
    })
  }

  /* The results a word occurs in, names first: base-36 gaps, "a,3;5" */
  Index.prototype.posting = function (i) {
    var done = this.decoded.get(i)
    if (done) return done
    var parts = this.postings[i].split(";")
    done = parts.map(function (part) {
      var ids = [], at = 0
      if (part)
        part.split(",").forEach(function (gap) { at += parseInt(gap, 36); ids.push(at) })
      return ids
    })
    this.decoded.set(i, done)
    return done
  }

  /* Readings of a query word, with the gazetteer's other spellings of each */
  Index.prototype.forms = function (word) {
    var rules = this.rules, groups = this.groups, out = new Set()
    rules.keys(word).forEach(function (k) {
      out.add(k)
      ;(groups.get(k) || []).forEach(function (other) {
        rules.keys(other).forEach(function (o) { out.add(o) })
      })
    })
    return Array.from(out)
  }

  /* Indexed readings that begin with a prefix (the word being typed) */
  Index.prototype.prefixed = function (prefix) {
    if (!this.sorted) this.sorted = Array.from(this.keys.keys()).sort()
    var list = this.sorted, lo = 0, hi = list.length, out = []
    while (lo < hi) {
      var mid = (lo + hi) >> 1
      if (list[mid] < prefix) lo = mid + 1
      else hi = mid
    }
    for (var i = lo; i < list.length && list[i].startsWith(prefix); i++)
      out.push(list[i])
    return out
  }

  /* Results containing a query word: result -> weight (a name counts more than text) */
  Index.prototype.match = function (word, typing) {
    var forms = this.forms(word), keys = this.keys, found = new Set()
    var readings = forms.slice()
    // A word being typed also stands for the words it begins, from its third letter on (two
    // letters begin most of the archive)
    var prefixes = typing && !keys.has(word) ? forms.filter(function (f) { return f.length > 2 }) : []
    prefixes.forEach(function (f) { readings = readings.concat(this.prefixed(f)) }, this)
    readings.forEach(function (r) {
      (keys.get(r) || []).forEach(function (w) { found.add(w) })
    })
    var hits = new Map(), name = this.rules.weights.name, text = this.rules.weights.text
    found.forEach(function (w) {
      var posting = this.posting(w)
      posting[0].forEach(function (d) { hits.set(d, name) })
      posting[1].forEach(function (d) { if (!hits.has(d)) hits.set(d, text) })
    }, this)
    return { hits: hits, readings: new Set(readings), prefixes: prefixes }
  }

  /* ------------------------------------------------------------------ results */

  function escapeHTML(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c]
    })
  }

  /* Which query words a word of display text matches: a bit per query word, cached per query,
     as the same names recur on most results */
  function Marker(index, matches) {
    this.rules = index.rules
    this.matches = matches
    this.cache = new Map()
    this.all = matches.length >= 31 ? -1 : (1 << matches.length) - 1
  }

  Marker.prototype.hits = function (token) {
    var mask = this.cache.get(token)
    if (mask !== undefined) return mask
    mask = 0
    var rules = this.rules, matches = this.matches
    rules.words(token).forEach(function (w) {
      rules.keys(w).forEach(function (k) {
        matches.forEach(function (m, i) {
          if (m.readings.has(k) || m.prefixes.some(function (p) { return k.startsWith(p) }))
            mask |= 1 << i
        })
      })
    })
    this.cache.set(token, mask)
    return mask
  }

  var TOKEN = /([\p{L}\p{N}\p{M}\u0640]+)/u

  /* Display text cut into words and what lies between them, each word with the query words
     it matches: alone, or with its neighbour across a space as one name ("دير الزور"
     matches "ديرالزور") */
  Marker.prototype.scan = function (text) {
    var parts = String(text).split(TOKEN), masks = parts.map(function () { return 0 })
    var rules = this.rules
    for (var i = 1; i < parts.length; i += 2) {
      masks[i] |= this.hits(parts[i])
      if (i + 2 < parts.length && /^\s+$/u.test(parts[i + 1])) {
        var a = rules.spans(parts[i]), b = rules.spans(parts[i + 2])
        if (a.length && b.length && rules.joins(a[a.length - 1].word, b[0].word)) {
          var both = this.hits(a[a.length - 1].word + b[0].word)
          masks[i] |= both
          masks[i + 2] |= both
        }
      }
    }
    return { parts: parts, masks: masks }
  }

  /* Whether every query word occurs in a text (a result's title) */
  Marker.prototype.holds = function (text) {
    var mask = 0, scanned = this.scan(text)
    scanned.masks.forEach(function (m) { mask |= m })
    return (mask & this.all) === this.all
  }

  /* Display text, escaped, with the words that matched marked (any spelling) */
  Marker.prototype.mark = function (text) {
    var scanned = this.scan(text)
    return scanned.parts.map(function (part, i) {
      return scanned.masks[i] ? "<mark>" + escapeHTML(part) + "</mark>" : escapeHTML(part)
    }).join("")
  }

  Index.prototype.search = function (query) {
    var rules = this.rules, terms = {}
    // Material carries the terms to the page opened (?h=...), where highlight.js marks them
    String(query).split(/\s+/).forEach(function (part) {
      if (rules.words(part).length) terms[part] = true
    })
    var words = rules.queryWords(query)
    if (!words.length) return { items: [] }
    words = words.slice(0, 30)  // a bit per word when marking matches
    // The last word is still being typed unless the query ends with a space
    var typing = !/\s$/.test(query), matches = [], scores = null, names = null
    for (var i = 0; i < words.length; i++) {
      var m = this.match(words[i], typing && i === words.length - 1)
      matches.push(m)
      var nextScores = new Map(), nextNames = new Map()
      m.hits.forEach(function (weight, doc) {
        if (scores && !scores.has(doc)) return
        nextScores.set(doc, (scores ? scores.get(doc) : 0) + weight)
        nextNames.set(doc, (names ? names.get(doc) : 0) + (weight === rules.weights.name))
      })
      scores = nextScores; names = nextNames
      if (!scores.size) return { items: [] }
    }
    var self = this, docs = this.docs, rank = this.rank, n = words.length
    var marker = new Marker(this, matches)
    var ranked = Array.from(scores.keys()).map(function (d) {
      var row = docs[d]
      // A person, place or topic whose name holds every word comes before any meeting
      var named = row[0] !== "m" && names.get(d) === n ? 0 : 1
      return { d: d, named: named, rank: rank[row[0]], score: scores.get(d), order: row[5] || "",
               title: named ? 1 : +!marker.holds(row[2]) }
    }).sort(function (a, b) {
      return a.named - b.named || a.title - b.title || (a.named ? 0 : a.rank - b.rank) ||
        b.score - a.score ||
        a.rank - b.rank || (a.order < b.order ? 1 : a.order > b.order ? -1 : 0) || a.d - b.d
    })
    var total = ranked.length
    return {
      items: ranked.map(function (r, i) {
        var row = docs[r.d]
        return [{
          location: self.paths[row[0]].replace("{}", row[1]),
          title: marker.mark(row[2]),
          text: row.slice(3, 5).filter(Boolean).map(function (line) {
            return "<p>" + marker.mark(line) + "</p>"
          }).join(""),
          score: total - i,
          terms: terms
        }]
      })
    }
  }

  /* ------------------------------------------------------------------ the page opened */

  /* Marks on a page every word a query matched, in any spelling: the folding tables of the
     index (search/search_rules.js) and the same matching as the results list. Material's own
     highlighter only finds the query as typed ("الاسد" never marks "الأسد"). */
  function highlight(rulesData, query, root) {
    var index = new Index({ rules: rulesData, docs: [], paths: {}, words: "", postings: [] })
    var words = index.rules.queryWords(query).slice(0, 30)
    if (!words.length) return 0
    var marker = new Marker(index, words.map(function (w) {
      return { readings: new Set(index.forms(w)), prefixes: [] }
    }))
    var doc = root.ownerDocument, walker = doc.createTreeWalker(root, 4 /* text */), nodes = []
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var parent = node.parentElement
      if (parent && !parent.closest("mark, script, style, svg, code, .headerlink"))
        nodes.push(node)
    }
    var count = 0
    nodes.forEach(function (node) {
      var scanned = marker.scan(node.nodeValue)
      if (!scanned.masks.some(Boolean)) return
      var fragment = doc.createDocumentFragment()
      scanned.parts.forEach(function (part, i) {
        if (!part) return
        if (scanned.masks[i]) {
          var mark = doc.createElement("mark")
          mark.setAttribute("data-md-highlight", "")
          mark.textContent = part
          fragment.appendChild(mark)
          count++
        } else {
          fragment.appendChild(doc.createTextNode(part))
        }
      })
      node.parentNode.replaceChild(fragment, node)
    })
    return count
  }

  /* ------------------------------------------------------------------ protocol */

  function create() {
    var index = null
    return function handle(message) {
      switch (message && message.type) {
        case SETUP:
          var data = message.data && message.data.docs
          index = data && data.v === 1 ? new Index(data) : null
          if (!index) console.warn("digest search: this is not a Meeting Digest search index")
          return { type: READY }
        case QUERY:
          try {
            return { type: RESULT, data: index ? index.search(message.data) : { items: [] } }
          } catch (err) {
            console.warn("digest search:", err)
            return { type: RESULT, data: { items: [] } }
          }
        default:
          throw new TypeError("Invalid message type")
      }
    }
  }

  if (typeof WorkerGlobalScope !== "undefined" && root instanceof WorkerGlobalScope) {
    var handle = create()
    root.addEventListener("message", function (ev) { root.postMessage(handle(ev.data)) })
  } else {
    // file:// pages run it in place (file-worker.js), highlight.js marks the page opened from
    // a result; tests run it in Node
    root.DigestSearch = create
    create.highlight = highlight
    if (typeof module === "object" && module.exports)
      module.exports = { create: create, Rules: Rules, highlight: highlight }
  }
})(typeof self !== "undefined" ? self : globalThis)
