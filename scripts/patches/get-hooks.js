// A drop-in for compromise's src/1-one/sweep/methods/sweep/01-getHooks.js (14.17.0), bundled
// in its place by scripts/bundle.mjs. For each sentence it returns exactly what the original
// returns (the match objects of every hook the sentence's cache holds, in Object.keys order of
// the hooks, the first of each `match` string kept), but it looks up the sentence's own words
// and tags instead of testing every hook key against the sentence, and builds the list once
// instead of concatenating it key by key, and it numbers the match strings once per net
// instead of making a set of them for every sentence: the original was a seventh of every parse.
// tests/batch/bundle.test.ts checks it against the original; tests/batch/compromise-patches.test.ts
// checks the patched compromise's tags.
const orders = new WeakMap()

// For a net's hooks: their keys in Object.keys order, each key's position, and for each key the
// matches it lists with a number per distinct `match` string (the duplicates to drop).
const orderOf = function (hooks) {
  let order = orders.get(hooks)
  if (order === undefined) {
    const keys = Object.keys(hooks)
    const numbers = new Map()
    const numbered = keys.map(key =>
      hooks[key].map(m => {
        const text = String(m.match)
        if (!numbers.has(text)) numbers.set(text, numbers.size)
        return { m, number: numbers.get(text) }
      })
    )
    order = { keys, index: new Map(keys.map((key, i) => [key, i])), numbered, seen: new Uint32Array(numbers.size), round: 0 }
    orders.set(hooks, order)
  }
  return order
}

const getHooks = function (docCaches, hooks) {
  const order = orderOf(hooks)
  const { keys, index, numbered, seen } = order
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
    // seen[number] === round: that match string is already in this sentence's list
    if (order.round === 0xffffffff) {
      seen.fill(0)
      order.round = 0
    }
    order.round += 1
    const round = order.round
    const maybe = []
    for (const i of found) {
      for (const { m, number } of numbered[i]) {
        if (seen[number] === round) continue
        seen[number] = round
        maybe.push(m)
      }
    }
    return maybe
  })
}

export default getHooks
