/*
 * Meeting Digest: marks the words a search found on the page opened from its results.
 * Copyright (c) Meeting Digest contributors. MIT licence.
 *
 * Material passes the query to the page it opens (?h=...) and marks it there as typed, so a
 * search written without hamza ("الاسد") marked nothing on a page that writes "الأسد". This
 * script folds the query and the page's words with the search index's own rules
 * (search/search_rules.js, written with the index) and the matching of search-worker.js,
 * which it loads into the page: every spelling the search found is marked. It runs on each
 * page Material shows, instant navigation included, and only when there is a query.
 */
(function () {
  "use strict"

  var config = document.getElementById("__config")
  if (!config || typeof Promise !== "function") return
  // The site's root, as Material reads it: relative to the first page loaded
  var root = new URL(JSON.parse(config.textContent).base, location.href)
  var scripts = {}

  function load(path) {
    var url = new URL(path, root).href
    if (!scripts[url])
      scripts[url] = new Promise(function (resolve, reject) {
        var script = document.createElement("script")
        script.src = url
        script.onload = resolve
        script.onerror = function () { reject(new Error("cannot load " + url)) }
        document.head.appendChild(script)
      })
    return scripts[url]
  }

  function run() {
    var query = new URL(location.href).searchParams.get("h")
    var content = document.querySelector("article.md-content__inner")
    if (!query || !content || content.getAttribute("data-digest-marked") === query) return
    content.setAttribute("data-digest-marked", query)
    Promise.all([
      window.DigestSearch ? null : load("assets/javascripts/digest/search-worker.js"),
      window.__digestRules ? null : load("search/search_rules.js")
    ]).then(function () {
      if (window.DigestSearch && window.DigestSearch.highlight && window.__digestRules)
        window.DigestSearch.highlight(window.__digestRules, query, content)
    }).catch(function (err) { console.warn("digest highlight:", err) })
  }

  // Each page instant navigation shows comes through Material's document$; a page loaded in
  // full (always from file://, where Material's document$ stays silent) when its DOM is ready
  if (window.document$ && typeof window.document$.subscribe === "function")
    window.document$.subscribe({ next: run, error: function () {} })
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", run, { once: true })
  else
    run()
})()
