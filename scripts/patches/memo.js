// What the word-level patches (normal.js, regex.js, root.js) share: a bounded cache of a pure
// function of one word, kept per compromise world (or model), whose lexicon and rules the
// result depends on. News repeats its words (a few thousand forms make most of any article),
// so most words are worked out once per batch instead of once per occurrence. At LIMIT
// entries a cache starts again empty: a worker's heap is capped (src/batch/pool.ts), and a
// cache that grew with an archive's vocabulary would outgrow it.
const LIMIT = 10000

export const memoPer = function (compute) {
  const caches = new WeakMap()
  // there is one world in practice: its cache is at hand without a WeakMap lookup
  let lastOwner = null
  let lastCache = null
  return function (owner, key) {
    let cache = lastCache
    if (owner !== lastOwner) {
      cache = caches.get(owner)
      if (cache === undefined) {
        cache = new Map()
        caches.set(owner, cache)
      }
      lastOwner = owner
      lastCache = cache
    }
    let value = cache.get(key)
    if (value === undefined) {
      value = compute(owner, key)
      if (cache.size >= LIMIT) {
        cache.clear()
      }
      cache.set(key, value)
    }
    return value
  }
}
