// A drop-in for compromise's src/1-one/sweep/methods/sweep/01-getHooks.js (14.17.0), bundled
// in its place by scripts/bundle.mjs. For each sentence it returns exactly what the original
// returns (the match objects of every hook the sentence's cache holds, in Object.keys order of
// the hooks, the first of each `match` string kept), but it looks up the sentence's own words
// and tags instead of testing every hook key against the sentence, and builds the list once
// instead of concatenating it key by key: the original was a seventh of every parse.
// tests/batch/get-hooks.test.ts checks it against the original.
const orders = new WeakMap()

const orderOf = function (hooks) {
  let order = orders.get(hooks)
  if (order === undefined) {
    const keys = Object.keys(hooks)
    order = { keys, index: new Map(keys.map((key, i) => [key, i])) }
    orders.set(hooks, order)
  }
  return order
}

const getHooks = function (docCaches, hooks) {
  const { keys, index } = orderOf(hooks)
  return docCaches.map(set => {
    const found = []
    if (set.size < keys.length) {
      for (const item of set) {
        const i = index.get(item)
        if (i !== undefined) found.push(i)
      }
      found.sort((a, b) => a - b)
    } else {
      for (let i = 0; i < keys.length; i += 1) {
        if (set.has(keys[i])) found.push(i)
      }
    }
    const already = new Set()
    const maybe = []
    for (const i of found) {
      for (const m of hooks[keys[i]]) {
        const key = String(m.match)
        if (already.has(key)) continue
        already.add(key)
        maybe.push(m)
      }
    }
    return maybe
  })
}

export default getHooks
