// A drop-in for compromise's src/1-one/sweep/methods/sweep/01-getHooks.js (14.17.0), bundled
// in its place by scripts/bundle.mjs. The sweep calls getHooks and then localTrim
// (02-trim-down.js); for each sentence this returns what localTrim returns from the original's
// list (the match objects of every hook the sentence's cache holds, in Object.keys order of the
// hooks, the first of each `match` string kept, then those whose needs, ifNo and wants the
// sentence meets), so localTrim, run after it, keeps them all. It looks up the sentence's own
// words and tags instead of testing every hook key, numbers the strings and match strings once
// per net, and tests a match's needs as numbers: nine in ten of the original's list failed them.
// tests/batch/bundle.test.ts checks it against the original; tests/batch/compromise-patches.test.ts
// checks the patched compromise's tags.
const orders = new WeakMap()

// For a net's hooks: their keys in Object.keys order, a number for each key (and for each
// other string a match's ifNo names), and for each key the matches it lists, each with a
// number per distinct `match` string (the duplicates to drop) and its needs, wants and ifNo
// as those numbers.
const orderOf = function (hooks) {
  let order = orders.get(hooks)
  if (order === undefined) {
    const keys = Object.keys(hooks)
    const index = new Map(keys.map((key, i) => [key, i]))
    const idOf = str => {
      if (!index.has(str)) index.set(str, index.size)
      return index.get(str)
    }
    const numbers = new Map()
    const numbered = keys.map(key =>
      hooks[key].map(m => {
        const text = String(m.match)
        if (!numbers.has(text)) numbers.set(text, numbers.size)
        return {
          m,
          number: numbers.get(text),
          needs: (m.needs || []).map(idOf),
          wants: (m.wants || []).map(idOf),
          ifNo: m.ifNo === undefined ? null : m.ifNo.map(idOf),
          minWant: m.minWant,
        }
      })
    )
    order = { keys, index, numbered, seen: new Uint32Array(numbers.size), present: new Uint32Array(index.size), round: 0 }
    orders.set(hooks, order)
  }
  return order
}

// compromise's localTrim (02-trim-down.js) on one match, with the sentence's strings as
// numbers: present[id] === round when the sentence has that word or tag.
const keeps = function (entry, present, round) {
  for (const id of entry.needs) {
    if (present[id] !== round) return false
  }
  if (entry.ifNo !== null) {
    for (const id of entry.ifNo) {
      if (present[id] === round) return false
    }
  }
  if (entry.wants.length === 0) return true
  let found = 0
  for (const id of entry.wants) {
    if (present[id] === round) found += 1
  }
  return found >= entry.minWant
}

const getHooks = function (docCaches, hooks) {
  const order = orderOf(hooks)
  const { keys, index, numbered, seen, present } = order
  return docCaches.map(set => {
    // seen[number] === round: that match string is already in this sentence's list
    if (order.round === 0xffffffff) {
      seen.fill(0)
      present.fill(0)
      order.round = 0
    }
    order.round += 1
    const round = order.round
    const found = []
    for (const item of set) {
      const i = index.get(item)
      if (i === undefined) continue
      present[i] = round
      if (i < keys.length) found.push(i)
    }
    found.sort((a, b) => a - b)
    const maybe = []
    for (const i of found) {
      for (const entry of numbered[i]) {
        if (seen[entry.number] === round) continue
        seen[entry.number] = round
        if (keeps(entry, present, round)) maybe.push(entry.m)
      }
    }
    return maybe
  })
}

export default getHooks

// scripts/patches/sweep.js relies on it: what getHooks returns needs no localTrim.
export const appliesLocalTrim = true
