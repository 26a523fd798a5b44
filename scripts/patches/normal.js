// A drop-in for compromise's src/1-one/tokenize/compute/normal/index.js (14.17.0), bundled in
// its place by scripts/bundle.mjs. A term's normal form is a function of its text alone (and
// the world's transliteration table): it is worked out once per word form (scripts/patches/memo.js).
// tests/batch/compromise-patches.test.ts holds the patched compromise to the original's output.
import cleanup from './01-cleanup.js'
import doAcronyms from './02-acronyms.js'
import { memoPer } from 'factcheck:memo'

const normalOf = memoPer((world, text) => {
  let str = cleanup(text)
  //(very) rough ASCII transliteration -  bjŏrk -> bjork
  str = world.methods.one.killUnicode(str, world)
  return doAcronyms(str)
})

const normalize = function (term, world) {
  term.normal = normalOf(world, term.text || '')
}
export default normalize
