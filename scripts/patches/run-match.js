// A drop-in for compromise's src/1-one/sweep/methods/sweep/04-runMatch.js (14.17.0), bundled in
// its place by scripts/bundle.mjs. The same results, found with less work: a sweep tries a
// few hundred matches on each sentence, and most start with one word or one tag that few of
// the sentence's terms have. For those, the matcher (scripts/patches/match.js) is given the
// positions of the terms that have it, from an index of the sentence built once per sweep,
// instead of testing the first token at every term. Nothing is tagged until every match has
// run (sweep/api.js), so the index holds for the whole sweep.
// tests/batch/compromise-patches.test.ts holds the patched compromise to the original's tags.

// What a match's first token needs its term to have, as { tag, key }, or null when the token
// is not a plain word or tag that may not be skipped (then every term is tried, as the
// original does).
const firsts = new WeakMap()
const firstNeed = function (regs) {
  let need = firsts.get(regs)
  if (need === undefined) {
    need = null
    const reg = regs[0]
    const plain = reg !== undefined && reg.start !== true && reg.optional !== true && reg.negative !== true && reg.anything !== true
    if (plain && reg.choices === undefined && reg.id === undefined && !(reg.end === true && reg.greedy === true)) {
      if (reg.word !== undefined && reg.use === undefined && reg.fuzzy !== true) {
        need = { tag: false, key: reg.word }
      } else if (reg.word === undefined && reg.tag !== undefined) {
        need = { tag: true, key: reg.tag }
      }
    }
    firsts.set(regs, need)
  }
  return need
}

const add = function (index, key, i) {
  const list = index.get(key)
  if (list === undefined) {
    index.set(key, [i])
  } else if (list[list.length - 1] !== i) {
    list.push(i)
  }
}

// Where each tag and word form occurs in a sentence: every term a plain first token can match
// (doesMatch compares a word with the term's text, normal, machine form and aliases).
const NONE = []
const indexSentence = function (terms) {
  const tags = new Map()
  const words = new Map()
  for (let i = 0; i < terms.length; i += 1) {
    const term = terms[i]
    for (const tag of term.tags) {
      add(tags, tag, i)
    }
    add(words, term.normal, i)
    add(words, term.text, i)
    if (term.machine) {
      add(words, term.machine, i)
    }
    if (term.alias) {
      for (const alias of term.alias) {
        add(words, alias, i)
      }
    }
  }
  return { tags, words }
}

// finally,
// actually run these match-statements on the terms
const runMatch = function (maybeList, document, docCache, methods, opts) {
  const results = []
  for (let n = 0; n < maybeList.length; n += 1) {
    let index = null
    for (let i = 0; i < maybeList[n].length; i += 1) {
      const m = maybeList[n][i]
      const need = m.regs === undefined ? null : firstNeed(m.regs)
      let starts
      if (need !== null) {
        index = index || indexSentence(document[n])
        starts = (need.tag ? index.tags : index.words).get(need.key) || NONE
        if (starts.length === 0) {
          continue
        }
      }
      // ok, actually do the work.
      const res = methods.one.match([document[n]], m, undefined, starts)
      // found something.
      if (res.ptrs.length > 0) {
        res.ptrs.forEach(ptr => {
          ptr[0] = n // fix the sentence pointer
          const todo = Object.assign({}, m, { pointer: ptr })
          if (m.unTag !== undefined) {
            todo.unTag = m.unTag
          }
          results.push(todo)
        })
        //ok cool, can we stop early?
        if (opts.matchOne === true) {
          return [results[0]]
        }
      }
    }
  }
  return results
}
export default runMatch
