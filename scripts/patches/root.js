// A drop-in for compromise's src/2-two/preTagger/compute/root.js (14.17.0), bundled in its place
// by scripts/bundle.mjs. A word's root under one tag (walked -> walk as a PastTense) is a
// function of the word alone: each conjugation is worked out once per word form
// (scripts/patches/memo.js). tests/batch/compromise-patches.test.ts holds the patched
// compromise to the original's roots.
import { memoPer } from 'factcheck:memo'

// one cache per tag, keyed by the word
const transformsOf = function (world) {
  const { noun, verb, adjective } = world.methods.two.transform
  return {
    Plural: str => noun.toSingular(str, world.model),
    PastTense: str => verb.toInfinitive(str, world.model, 'PastTense'),
    Gerund: str => verb.toInfinitive(str, world.model, 'Gerund'),
    PresentTense: str => verb.toInfinitive(str, world.model, 'PresentTense'),
    Comparative: str => adjective.fromComparative(str, world.model),
    Superlative: str => adjective.fromSuperlative(str, world.model),
    Adverb: str => adjective.fromAdverb(str),
  }
}
const memos = {}
for (const tag of ['Plural', 'PastTense', 'Gerund', 'PresentTense', 'Comparative', 'Superlative', 'Adverb']) {
  memos[tag] = memoPer((world, str) => transformsOf(world)[tag](str))
}
const transformOf = (world, tag, str) => memos[tag](world, str)

const wordOf = term => term.machine || term.normal || term.text
const transformed = tag => (term, world) => transformOf(world, tag, wordOf(term))

// in compromise's order: a term's first tag in it gives its root
const toRoot = {
  // 'spencer's' -> 'spencer'
  'Possessive': term => wordOf(term).replace(/'s$/, ''),
  // 'drinks' -> 'drink'
  'Plural': transformed('Plural'),
  'Copula': () => 'is',
  // 'walked' -> 'walk'
  'PastTense': transformed('PastTense'),
  // 'walking' -> 'walk'
  'Gerund': transformed('Gerund'),
  // 'walks' -> 'walk'
  'PresentTense': (term, world) => (term.tags.has('Infinitive') ? wordOf(term) : transformOf(world, 'PresentTense', wordOf(term))),
  // 'quieter' -> 'quiet'
  'Comparative': transformed('Comparative'),
  // 'quietest' -> 'quiet'
  'Superlative': transformed('Superlative'),
  // 'suddenly' -> 'sudden'
  'Adverb': transformed('Adverb'),
}

const getRoot = function (view) {
  const world = view.world
  const keys = Object.keys(toRoot)
  view.docs.forEach(terms => {
    for (let i = 0; i < terms.length; i += 1) {
      const term = terms[i]
      for (let k = 0; k < keys.length; k += 1) {
        if (term.tags.has(keys[k])) {
          const fn = toRoot[keys[k]]
          const root = fn(term, world)
          if (term.normal !== root) {
            term.root = root
          }
          break
        }
      }
    }
  })
}
export default getRoot