/*
 * Meeting Digest: search for pages read from file://. Copyright (c) Meeting Digest
 * contributors. MIT licence.
 *
 * Browsers refuse to start a web worker from a file:// page, so Material's search would stay
 * hidden on a site opened from a folder or a zip. On file:// only, this replaces `Worker`
 * with an object that loads the worker script into the page itself (search-worker.js exports
 * `DigestSearch` when it is not in a worker) and answers messages asynchronously, as a worker
 * would. Everything it loads comes from the site's own folder.
 */
(function () {
  "use strict"
  if (location.protocol !== "file:" || typeof EventTarget !== "function") return

  var scripts = {}

  /* The search engine factory from a worker script, loaded once per page */
  function load(url) {
    if (!scripts[url])
      scripts[url] = new Promise(function (resolve, reject) {
        if (window.DigestSearch) return resolve(window.DigestSearch)
        var script = document.createElement("script")
        script.src = url
        script.onload = function () {
          if (window.DigestSearch) resolve(window.DigestSearch)
          else reject(new Error(url + " is not the digest search worker"))
        }
        script.onerror = function () { reject(new Error("cannot load " + url)) }
        document.head.appendChild(script)
      })
    return scripts[url]
  }

  class PageWorker extends EventTarget {
    constructor(url) {
      super()
      this.handle = load(new URL(url, document.baseURI).href)
        .then(function (create) { return create() })
    }

    postMessage(data) {
      var target = this
      // Messages are answered in order, each on a later task, like a worker's replies
      this.handle = this.handle.then(function (handle) {
        var reply = handle(data)
        setTimeout(function () {
          target.dispatchEvent(new MessageEvent("message", { data: reply }))
        }, 0)
        return handle
      }).catch(function (err) {
        console.warn("digest search:", err)
        target.dispatchEvent(new ErrorEvent("error", { message: String(err) }))
        // Search then answers "nothing found" rather than hanging
        return function (message) {
          return message && message.type === 0 ? { type: 1 } : { type: 3, data: { items: [] } }
        }
      })
    }

    terminate() {}
  }

  window.Worker = PageWorker
})()
