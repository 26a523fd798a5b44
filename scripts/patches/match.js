// A drop-in for compromise's src/1-one/match/methods/match/index.js (14.17.0), bundled in its
// place by scripts/bundle.mjs (its relative imports resolve beside the original). The same
// results, found with less work: before trying a match from a term, it tests the match's first
// token on that term, which is all that tryHere would do before giving up for most terms, and
// only then copies the rest of the sentence for it. The original copies the sentence from every
// term for every match the sweep tries, a third of a parse's garbage. What it reads of a match's
// tokens is worked out once per token list.
// tests/batch/compromise-patches.test.ts holds the patched compromise to the original's tags.
import matchTerm from './term/doesMatch.js'
import failFast from './01-failFast.js'
import fromHere from './02-from-here.js'
import getGroup from './03-getGroup.js'
import notIf from './03-notIf.js'


// make proper pointers
const addSentence = function (res, n) {
  res.pointer[0] = n
  Object.keys(res.groups).forEach(k => {
    res.groups[k][0] = n
  })
  return res
}

const handleStart = function (terms, regs, n) {
  let res = fromHere(terms, regs, 0, terms.length)
  if (res) {
    res = addSentence(res, n)
    return res //getGroup([res], group)
  }
  return null
}

// true when tryHere, given a first term, fails unless matchTerm(term, reg) is true: the token is
// tested by matchTerm alone (not '.', not a multi-word or/and block, not negative, not an ending
// greedy token) and may not be skipped (not optional).
const mustMatchFirst = function (reg) {
  if (reg.optional === true || reg.negative === true || reg.anything === true) {
    return false
  }
  if (reg.choices !== undefined && (reg.operator === 'or' || reg.operator === 'and')) {
    return false
  }
  return !(reg.end === true && reg.greedy === true)
}

// what runMatch reads of a match's tokens, once per token list (the sweep's nets keep theirs)
const shapes = new WeakMap()
const shapeOf = function (regs) {
  let shape = shapes.get(regs)
  if (shape === undefined) {
    const first = regs[0]
    const firstMustMatch = mustMatchFirst(first)
    // the first token takes exactly one term (no repeat, no contraction skip), so the second
    // token is tested on the next term
    const single = first.greedy !== true && first.min === undefined && first.max === undefined && first.method !== 'hasContraction'
    shape = {
      minLength: regs.filter(r => r.optional !== true && r.negative !== true).length,
      firstMustMatch,
      secondMustMatch: firstMustMatch && single && regs.length > 1 && mustMatchFirst(regs[1]),
    }
    shapes.set(regs, shape)
  }
  return shape
}

// ok, here we go.
// `starts` (from scripts/patches/run-match.js, for one sentence): the ascending positions of
// the terms the first token can match, the others are not tried; `exact` when every term
// given matches it (the term has the token's word or tag), else each is still tested.
const runMatch = function (docs, todo, cache, starts, exact) {
  cache = cache || []
  const { regs, group, justOne } = todo
  let results = []
  if (!regs || regs.length === 0) {
    return { ptrs: [], byGroup: {} }
  }

  const { minLength, firstMustMatch, secondMustMatch } = shapeOf(regs)
  const positions = starts !== undefined && docs.length === 1 ? starts : null
  docs: for (let n = 0; n < docs.length; n += 1) {
    const terms = docs[n]
    // let index = terms[0].index || []
    // can we skip this sentence?
    if (cache[n] && failFast(regs, cache[n])) {
      continue
    }
    // ^start regs only run once, per phrase
    if (regs[0].start === true) {
      const foundStart = handleStart(terms, regs, n, group)
      if (foundStart) {
        results.push(foundStart)
      }
      continue
    }
    //ok, try starting the match now from every term
    let k = 0
    for (let i = 0; i < terms.length; i += 1) {
      if (positions !== null) {
        while (k < positions.length && positions[k] < i) {
          k += 1
        }
        if (k === positions.length) {
          break
        }
        i = positions[k]
      }
      // ensure it's long-enough
      if (terms.length - i < minLength) {
        break
      }
      // tryHere would fail on this term's first token (exact positions are terms that have its
      // word or tag: only a '$' on it is left to test)
      if (firstMustMatch && (positions === null || exact !== true || regs[0].end === true) && matchTerm(terms[i], regs[0], i, terms.length) !== true) {
        continue
      }
      // ... or on the next term's second token (a contraction's first half may skip its second)
      if (secondMustMatch && !terms[i].implicit && (i + 1 === terms.length || matchTerm(terms[i + 1], regs[1], i + 1, terms.length) !== true)) {
        continue
      }
      const slice = terms.slice(i)
      let res = fromHere(slice, regs, i, terms.length)
      // did we find a result?
      if (res) {
        // res = addSentence(res, index[0])
        res = addSentence(res, n)
        results.push(res)
        // should we stop here?
        if (justOne === true) {
          break docs
        }
        // skip ahead, over these results
        const end = res.pointer[2]
        if (Math.abs(end - 1) > i) {
          i = Math.abs(end - 1)
        }
      }
    }
  }
  // ensure any end-results ($) match until the last term
  if (regs[regs.length - 1].end === true) {
    results = results.filter(res => {
      const n = res.pointer[0]
      return docs[n].length === res.pointer[2]
    })
  }
  if (todo.notIf) {
    results = notIf(results, todo.notIf, docs)
  }
  // grab the requested group
  results = getGroup(results, group)
  // add ids to pointers
  results.ptrs.forEach(ptr => {
    const [n, start, end] = ptr
    ptr[3] = docs[n][start].id//start-id
    ptr[4] = docs[n][end - 1].id//end-id
  })
  return results
}

export default runMatch
