// What `import nlp from 'compromise'` gives the bundled code: compromise/two, evaluated on the
// first call rather than when the bundle loads. The main thread of a batch hands every
// document to workers and never parses, so it never pays for compromise's model (0.3 s of
// CPU and some 40 MB of heap); a single article pays the same as before, just later.
let nlp

const load = () => {
  // esbuild bundles this require: compromise/two becomes a module initialised on first use.
  nlp ??= require('compromise/two').default
  return nlp
}

export default new Proxy(function nlpNotLoaded() {}, {
  apply: (_target, thisArg, args) => Reflect.apply(load(), thisArg, args),
  get: (_target, property) => Reflect.get(load(), property),
  has: (_target, property) => Reflect.has(load(), property),
})
