// A drop-in for compromise's src/2-two/preTagger/compute/tagger/2nd-pass/03-regex.js (14.17.0),
// bundled in its place by scripts/bundle.mjs. Which of the model's regexes a word matches first
// depends on its text and normal form alone (none of them is global or sticky): it is worked
// out once per word form (scripts/patches/memo.js); the tag is set on every term as before.
// tests/batch/compromise-patches.test.ts holds the patched compromise to the original's tags.
import { memoPer } from 'factcheck:memo'

const hasApostrophe = /['‘’‛‵′`´]/
const NONE = null

// normal regexes
const doRegs = function (str, regs) {
  for (let i = 0; i < regs.length; i += 1) {
    if (regs[i][0].test(str) === true) {
      return regs[i]
    }
  }
  return NONE
}
// suffix-regexes, indexed by last-character
const doEndsWith = function (str = '', byEnd) {
  const char = str[str.length - 1]
  if (byEnd.hasOwnProperty(char) === true) {
    const regs = byEnd[char] || []
    for (let r = 0; r < regs.length; r += 1) {
      if (regs[r][0].test(str) === true) {
        return regs[r]
      }
    }
  }
  return NONE
}

// keyed by the text; the normal form is the text's but for a few contractions' machine forms,
// so the entry keeps the normal form it was worked out for
const regexOf = memoPer(() => ({ normal: null, arr: NONE }))
const firstRegex = function (model, text, normal) {
  const entry = regexOf(model, text)
  if (entry.normal !== normal) {
    const { regexText, regexNormal, regexNumbers } = model.two
    let arr = doRegs(text, regexText) || doRegs(normal, regexNormal)
    // hide a bunch of number regexes behind this one
    if (!arr && /[0-9]/.test(normal)) {
      arr = doRegs(normal, regexNumbers)
    }
    entry.normal = normal
    entry.arr = arr
  }
  return entry.arr
}
const endsWithOf = memoPer((model, normal) => doEndsWith(normal, model.two.endsWith))

const checkRegex = function (terms, i, model, world) {
  const setTag = world.methods.one.setTag
  const term = terms[i]
  const normal = term.machine || term.normal
  let text = term.text
  // keep dangling apostrophe?
  if (hasApostrophe.test(term.post) && !hasApostrophe.test(term.pre)) {
    text += term.post.trim()
  }
  let arr = firstRegex(model, text, normal)
  // only run endsWith if we're desperate
  if (!arr && term.tags.size === 0) {
    arr = endsWithOf(model, normal)
  }
  if (arr) {
    // console.log(arr)
    setTag([term], arr[1], world, null, `2-regex-'${arr[2] || arr[0]}'`)
    term.confidence = 0.6
    return true
  }
  return null
}
export default checkRegex
