// A drop-in for compromise's src/1-one/sweep/methods/sweep/index.js (14.17.0), bundled in its
// place by scripts/bundle.mjs. The same sweep without localTrim (02-trim-down.js): the patched
// getHooks (scripts/patches/get-hooks.js) returns only the matches localTrim would keep, so a
// second pass over them changed nothing. Importing `appliesLocalTrim` makes the build fail if
// getHooks is ever compromise's own.
// tests/batch/compromise-patches.test.ts holds the patched compromise to the original's tags.
import getHooks, { appliesLocalTrim } from './01-getHooks.js'
import runMatch from './04-runMatch.js'

const tooSmall = function (maybeList, document) {
  return maybeList.map((arr, i) => {
    const termCount = document[i].length
    arr = arr.filter(o => {
      return termCount >= o.minWords
    })
    return arr
  })
}

const sweep = function (document, net, methods, opts = {}) {
  // find suitable matches to attempt, on each sentence
  const docCache = methods.one.cacheDoc(document)
  // collect possible matches for this document, whose needs are met
  let maybeList = getHooks(docCache, net.hooks)
  if (appliesLocalTrim !== true) {
    throw new Error('scripts/patches/sweep.js needs the getHooks of scripts/patches/get-hooks.js')
  }
  // add unchacheable matches to each sentence's todo-list
  if (net.always.length > 0) {
    maybeList = maybeList.map(arr => arr.concat(net.always))
  }
  // if we don't have enough words
  maybeList = tooSmall(maybeList, document)

  // now actually run the matches
  const results = runMatch(maybeList, document, docCache, methods, opts)
  return results
}
export default sweep
