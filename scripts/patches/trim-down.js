// A drop-in for compromise's src/1-one/sweep/methods/sweep/02-trim-down.js (14.17.0), bundled in
// its place by scripts/bundle.mjs. The same lists: each sentence keeps the matches whose needs it
// has, none of whose ifNo it has, and enough of whose wants, in their order; but in one pass per
// sentence, without three filtered copies and a filtered copy of every match's wants.
const keeps = function (obj, haves) {
  for (const need of obj.needs) {
    if (!haves.has(need)) {
      return false
    }
  }
  if (obj.ifNo !== undefined) {
    for (const no of obj.ifNo) {
      if (haves.has(no)) {
        return false
      }
    }
  }
  if (obj.wants.length === 0) {
    return true
  }
  let found = 0
  for (const want of obj.wants) {
    if (haves.has(want)) {
      found += 1
    }
  }
  return found >= obj.minWant
}

const localTrim = function (maybeList, docCache) {
  return maybeList.map((list, n) => {
    const haves = docCache[n]
    const kept = []
    for (const obj of list) {
      if (keeps(obj, haves)) {
        kept.push(obj)
      }
    }
    return kept
  })
}
export default localTrim
