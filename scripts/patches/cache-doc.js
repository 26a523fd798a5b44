// A drop-in for compromise's src/1-one/cache/methods/cacheDoc.js (14.17.0), bundled in its
// place by scripts/bundle.mjs. The same sets of a sentence's words and '#Tag's, built without
// concatenating '#' and a tag for every tag of every term: each '#Tag' string is made once
// (and, being the same string each time, hashes once).
// tests/batch/compromise-patches.test.ts holds the patched compromise to the original's tags.
const hashTags = new Map()
const hashTag = function (tag) {
  let str = hashTags.get(tag)
  if (str === undefined) {
    str = '#' + tag
    hashTags.set(tag, str)
  }
  return str
}

const createCache = function (document) {
  const cache = document.map(terms => {
    const items = new Set()
    terms.forEach(term => {
      // add words
      if (term.normal !== '') {
        items.add(term.normal)
      }
      // cache switch-status - '%Noun|Verb%'
      if (term.switch) {
        items.add(`%${term.switch}%`)
      }
      // cache implicit words, too
      if (term.implicit) {
        items.add(term.implicit)
      }
      if (term.machine) {
        items.add(term.machine)
      }
      if (term.root) {
        items.add(term.root)
      }
      // cache slashes words, etc
      if (term.alias) {
        term.alias.forEach(str => items.add(str))
      }
      for (const tag of term.tags) {
        items.add(hashTag(tag))
      }
    })
    return items
  })
  return cache
}
export default createCache
