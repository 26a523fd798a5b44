// A drop-in for compromise's src/1-one/sweep/methods/sweep/04-runMatch.js (14.17.0), bundled in
// its place by scripts/bundle.mjs. The same results, found with less work: a sweep tries a
// few hundred matches on each sentence, and most start with one word or one tag, or one of a
// few ("(the|a|an)", "(had|#PastTense)"), that few of the sentence's terms have. For those, the
// matcher (scripts/patches/match.js) is given the positions of the terms that have it, from an
// index of the sentence built once per sweep, instead of trying the match at every term. Nothing is tagged until every match has
// run (sweep/api.js), so the index holds for the whole sweep.
// tests/batch/compromise-patches.test.ts holds the patched compromise to the original's tags.

// What a match's first token needs its term to have: { keys, exact }, where keys is a list of
// { tag, key } of which the term has at least one, and exact says that having one is all the
// token tests (else the matcher still tests the token on each term found); or null when the
// token is not one that every match must start on (then every term is tried, as the original
// does). Besides a plain word or tag, an or-block of single words or tags ("(the|a|an)",
// "(had|#PastTense)") needs one of them, and an and-block needs each of its words or tags.
const firsts = new WeakMap()
const plainKey = function (reg) {
  if (reg === undefined || reg.optional === true || reg.negative === true || reg.anything === true || reg.start === true) {
    return null
  }
  if (reg.choices !== undefined || reg.fastOr !== undefined || reg.id !== undefined || reg.min === 0) {
    return null
  }
  if (reg.word !== undefined && reg.use === undefined && reg.fuzzy !== true) {
    return { tag: false, key: reg.word }
  }
  if (reg.word === undefined && reg.tag !== undefined) {
    return { tag: true, key: reg.tag }
  }
  return null
}
const needOf = function (reg) {
  if (reg === undefined || reg.start === true || reg.optional === true || reg.negative === true || reg.anything === true) {
    return null
  }
  if (reg.id !== undefined || reg.min === 0 || (reg.end === true && reg.greedy === true)) {
    return null
  }
  if (reg.fastOr !== undefined) {
    // doesMatch tests the term's root, implicit, machine or normal form, and its text: all indexed
    return { keys: [...reg.fastOr].map(word => ({ tag: false, key: word })), exact: false }
  }
  if (reg.choices !== undefined) {
    const keys = reg.choices.map(choice => plainKey(choice[0]))
    if (reg.operator === 'or') {
      return keys.every(key => key !== null) ? { keys, exact: false } : null
    }
    if (reg.operator === 'and') {
      const key = keys.find(k => k !== null)
      return key === undefined ? null : { keys: [key], exact: false }
    }
    return null
  }
  const key = plainKey(reg)
  return key === null ? null : { keys: [key], exact: true }
}
const firstNeed = function (regs) {
  let need = firsts.get(regs)
  if (need === undefined) {
    need = needOf(regs[0])
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
    if (term.root) {
      add(words, term.root, i)
    }
    if (term.implicit) {
      add(words, term.implicit, i)
    }
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

// The ascending positions of the terms that have one of `keys`.
const startsOf = function (index, keys) {
  if (keys.length === 1) {
    return (keys[0].tag ? index.tags : index.words).get(keys[0].key) || NONE
  }
  let all = null
  for (const { tag, key } of keys) {
    const list = (tag ? index.tags : index.words).get(key)
    if (list !== undefined) {
      all = all === null ? list : all.concat(list)
    }
  }
  if (all === null) {
    return NONE
  }
  return [...new Set(all)].sort((a, b) => a - b)
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
        starts = startsOf(index, need.keys)
        if (starts.length === 0) {
          continue
        }
      }
      // ok, actually do the work.
      const res = methods.one.match([document[n]], m, undefined, starts, need !== null && need.exact)
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
